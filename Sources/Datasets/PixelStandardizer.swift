/// Per-pixel standardisation x ↦ (x − μ_p) / max(σ_p, minStd), fitted on a training set.
///
/// μ_p and σ_p are the mean and (population) standard deviation of pixel position p over the
/// training images. The floor `minStd` (default 0.01 in [0,1] pixel units) keeps near-constant
/// pixels — e.g. Fashion-MNIST's always-black borders — from being blown up: such a pixel is
/// amplified at most 100×.
public struct PixelStandardizer: Sendable, Codable, Equatable {
    /// The default floor on σ_p.
    public static let defaultMinStd: Float = 0.01

    /// μ_p, one per pixel position (channels · height · width).
    public var mean: [Float]
    /// max(σ_p, minStd), one per pixel position.
    public var std: [Float]

    public init(mean: [Float], std: [Float]) {
        precondition(mean.count == std.count, "PixelStandardizer: \(mean.count) means vs \(std.count) stds")
        precondition(std.allSatisfy { $0 > 0 }, "PixelStandardizer: every std must be > 0")
        self.mean = mean
        self.std = std
    }

    /// Fits μ_p and σ_p (accumulated in Double) on `data`.
    public static func fit(_ data: LabeledImages, minStd: Float = defaultMinStd) -> PixelStandardizer {
        precondition(data.count > 0, "PixelStandardizer.fit: no images")
        precondition(minStd > 0, "PixelStandardizer.fit: minStd must be > 0")
        let n = data.pixelsPerImage
        var sum = [Double](repeating: 0, count: n)
        var sumSq = [Double](repeating: 0, count: n)
        data.pixels.withUnsafeBufferPointer { px in
            for i in 0..<data.count {
                let base = i * n
                for p in 0..<n {
                    let v = Double(px[base + p])
                    sum[p] += v
                    sumSq[p] += v * v
                }
            }
        }
        let count = Double(data.count)
        var mean = [Float](repeating: 0, count: n)
        var std = [Float](repeating: 0, count: n)
        for p in 0..<n {
            let m = sum[p] / count
            let variance = max(0, sumSq[p] / count - m * m)
            mean[p] = Float(m)
            std[p] = max(Float(variance.squareRoot()), minStd)
        }
        return PixelStandardizer(mean: mean, std: std)
    }

    /// `data` with every image standardised; labels and shape unchanged.
    public func apply(_ data: LabeledImages) -> LabeledImages {
        let n = data.pixelsPerImage
        precondition(n == mean.count, "PixelStandardizer.apply: images have \(n) pixels, fitted on \(mean.count)")
        var out = data
        let inv = std.map { 1 / $0 }
        out.pixels.withUnsafeMutableBufferPointer { px in
            for i in 0..<data.count {
                let base = i * n
                for p in 0..<n { px[base + p] = (px[base + p] - mean[p]) * inv[p] }
            }
        }
        return out
    }
}
