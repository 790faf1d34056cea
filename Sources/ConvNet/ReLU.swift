import CKernels

/// The rectifier, in place: y = max(0, x); backward ∂L/∂x = ∂L/∂y · [y > 0].
///
/// Branch-free C loops (`ck_relu`, `ck_relu_backward`): x < 0 ? 0 : x and y > 0 ? g : 0, the
/// values of the conditional stores they replace (NaN passes the forward unchanged).
public enum ReLU {
    public static func forward(_ x: UnsafeMutablePointer<Float>, count: Int) {
        ck_relu(x, count)
    }

    /// grad ← grad · [y > 0], with y the forward output.
    public static func backward(output y: UnsafePointer<Float>, grad: UnsafeMutablePointer<Float>, count: Int) {
        ck_relu_backward(y, grad, count)
    }
}
