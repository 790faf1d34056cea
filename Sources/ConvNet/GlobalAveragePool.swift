/// Global average pooling from the layout C×N×H×W to row-major features N×C:
///
///     f[n, c] = (1/HW) Σ_{y,x} x[c, n, y, x],   ∂L/∂x[c, n, y, x] = ∂L/∂f[n, c] / HW.
public enum GlobalAveragePool {
    public static func forward(_ x: UnsafePointer<Float>, channels: Int, n: Int, plane: Int, output f: UnsafeMutablePointer<Float>) {
        let s = 1 / Float(plane)
        for c in 0..<channels {
            for i in 0..<n {
                let src = x + (c * n + i) * plane
                var acc: Float = 0
                for k in 0..<plane { acc += src[k] }
                f[i * channels + c] = acc * s
            }
        }
    }

    /// ∂L/∂x (overwritten) from ∂L/∂f.
    public static func backward(_ df: UnsafePointer<Float>, channels: Int, n: Int, plane: Int, inputGrad dx: UnsafeMutablePointer<Float>) {
        let s = 1 / Float(plane)
        for c in 0..<channels {
            for i in 0..<n {
                (dx + (c * n + i) * plane).update(repeating: df[i * channels + c] * s, count: plane)
            }
        }
    }
}
