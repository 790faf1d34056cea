/// 2×2 pooling with stride 2 on the layout C×N×H×W (H, W even): each output is the maximum or
/// the mean of its 2×2 window.
///
///     max:  y[c,n,i,j] = max_{a,b ∈ {0,1}} x[c,n,2i+a,2j+b],   ∂L/∂x = δ routed to the argmax;
///     mean: y[c,n,i,j] = ¼ Σ_{a,b} x[c,n,2i+a,2j+b],           ∂L/∂x[c,n,2i+a,2j+b] = ¼ δ[c,n,i,j].
public struct Pool2D: Sendable {
    public enum Kind: String, Sendable, Codable { case max, average }
    public let kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    /// `planes` = C·N input planes of h×w; output planes of (h/2)×(w/2). `argmax` (one Int32
    /// per output, index within the input plane) is written for max pooling.
    public func forward(_ x: UnsafePointer<Float>, planes: Int, height h: Int, width w: Int,
                        output y: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>) {
        precondition(h % 2 == 0 && w % 2 == 0, "Pool2D: plane \(h)×\(w) is not even")
        let oh = h / 2, ow = w / 2
        for p in 0..<planes {
            let src = x + p * h * w, dst = y + p * oh * ow, am = argmax + p * oh * ow
            for i in 0..<oh {
                for j in 0..<ow {
                    let i0 = (2 * i) * w + 2 * j
                    let idx = (i0, i0 + 1, i0 + w, i0 + w + 1)
                    switch kind {
                    case .average:
                        dst[i * ow + j] = 0.25 * (src[idx.0] + src[idx.1] + src[idx.2] + src[idx.3])
                    case .max:
                        var best = idx.0
                        if src[idx.1] > src[best] { best = idx.1 }
                        if src[idx.2] > src[best] { best = idx.2 }
                        if src[idx.3] > src[best] { best = idx.3 }
                        dst[i * ow + j] = src[best]
                        am[i * ow + j] = Int32(best)
                    }
                }
            }
        }
    }

    /// ∂L/∂x (overwritten) from δ = ∂L/∂y.
    public func backward(_ dy: UnsafePointer<Float>, planes: Int, height h: Int, width w: Int,
                         argmax: UnsafePointer<Int32>, inputGrad dx: UnsafeMutablePointer<Float>) {
        let oh = h / 2, ow = w / 2
        dx.update(repeating: 0, count: planes * h * w)
        for p in 0..<planes {
            let g = dy + p * oh * ow, d = dx + p * h * w, am = argmax + p * oh * ow
            for i in 0..<oh {
                for j in 0..<ow {
                    let v = g[i * ow + j]
                    switch kind {
                    case .max: d[Int(am[i * ow + j])] += v
                    case .average:
                        let i0 = (2 * i) * w + 2 * j, q = 0.25 * v
                        d[i0] += q; d[i0 + 1] += q; d[i0 + w] += q; d[i0 + w + 1] += q
                    }
                }
            }
        }
    }
}
