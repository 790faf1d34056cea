/// The rectifier, in place: y = max(0, x); backward ∂L/∂x = ∂L/∂y · [y > 0].
public enum ReLU {
    public static func forward(_ x: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count where x[i] < 0 { x[i] = 0 }
    }

    /// grad ← grad · [y > 0], with y the forward output.
    public static func backward(output y: UnsafePointer<Float>, grad: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count where !(y[i] > 0) { grad[i] = 0 }
    }
}
