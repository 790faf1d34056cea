/// Adaptive average pooling of a C×N×H×W map to a g×g grid, as row-major features N×(C·g²)
/// (the linear probe's input; g = 1 is the global average pool):
///
///     f[n, (c·g + i)·g + j] = mean of x[c, n, y, x] over y ∈ [⌊iH/g⌋, ⌈(i+1)H/g⌉), x ∈ [⌊jW/g⌋, ⌈(j+1)W/g⌉).
///
/// Forward only: the probe does not train the encoder.
public enum GridPool {
    public static func forward(_ x: UnsafePointer<Float>, channels: Int, n: Int, height h: Int, width w: Int, grid g: Int,
                               output f: UnsafeMutablePointer<Float>) {
        precondition(g >= 1 && g <= min(h, w), "GridPool: grid \(g) outside 1…\(min(h, w))")
        let dim = channels * g * g
        for c in 0..<channels {
            for img in 0..<n {
                let plane = x + (c * n + img) * h * w
                for i in 0..<g {
                    let y0 = i * h / g, y1 = ((i + 1) * h + g - 1) / g
                    for j in 0..<g {
                        let x0 = j * w / g, x1 = ((j + 1) * w + g - 1) / g
                        var s: Float = 0
                        for y in y0..<y1 { for xx in x0..<x1 { s += plane[y * w + xx] } }
                        f[img * dim + (c * g + i) * g + j] = s / Float((y1 - y0) * (x1 - x0))
                    }
                }
            }
        }
    }
}
