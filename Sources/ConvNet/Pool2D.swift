import CKernels

/// 2×2 pooling with stride 2 on the layout C×N×H×W (H, W even): each output is the maximum or
/// the mean of its 2×2 window.
///
///     max:  y[c,n,i,j] = max_{a,b ∈ {0,1}} x[c,n,2i+a,2j+b],   ∂L/∂x = δ routed to the argmax;
///     mean: y[c,n,i,j] = ¼ Σ_{a,b} x[c,n,2i+a,2j+b],           ∂L/∂x[c,n,2i+a,2j+b] = ¼ δ[c,n,i,j].
///
/// The loops run in C (`ck_pool2_forward`, `ck_pool2_backward`); the max takes the first of the
/// window's entries in row order on ties.
public struct Pool2D: Sendable {
    public enum Kind: String, Sendable, Codable { case max, average }
    public let kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    /// `planes` = C·N input planes of h×w; output planes of (h/2)×(w/2). `argmax` (one Int32
    /// per output, index within the input plane) is written for max pooling.
    public func forward(_ x: UnsafePointer<Float>, planes: Int, height h: Int, width w: Int,
                        output y: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>) {
        precondition(h % 2 == 0 && w % 2 == 0, "Pool2D: plane \(h)×\(w) is not even")
        ck_pool2_forward(x, planes, h, w, kind == .max ? 1 : 0, y, argmax)
    }

    /// ∂L/∂x (overwritten) from δ = ∂L/∂y.
    public func backward(_ dy: UnsafePointer<Float>, planes: Int, height h: Int, width w: Int,
                         argmax: UnsafePointer<Int32>, inputGrad dx: UnsafeMutablePointer<Float>) {
        precondition(h % 2 == 0 && w % 2 == 0, "Pool2D: plane \(h)×\(w) is not even")
        ck_pool2_backward(dy, planes, h, w, kind == .max ? 1 : 0, argmax, dx)
    }
}
