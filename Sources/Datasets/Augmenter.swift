import LinearAlgebra

/// Draws a random view of an image: shift with zero padding, random erasing, Gaussian noise.
///
/// For a channel-major image x (C×H×W) the view is, in this order:
/// 1. shift: (dy, dx) uniform in {−s … s}², v[c,y,x] = x[c, y+dy, x+dx] (0 outside the image);
/// 2. erasing: with probability p, a k×k square with k = round(√(f·H·W)) (clipped to min(H, W)),
///    placed uniformly inside the image, is set to 0 in every channel;
/// 3. noise: v += σ·N(0, 1), independently per value (skipped when σ = 0);
/// 4. flip: with probability q, v[c,y,x] ← v[c,y,W−1−x];
/// 5. contrast: v ← γ·v with γ uniform in [1 − c, 1 + c] (one factor per view).
///
/// Zero is the fill value, which is the mean after `PixelStandardizer`. The random draws happen
/// in a fixed order — dy, dx (only if s > 0), the erase coin (only if p > 0), the square's row and
/// column (only when erasing), the noise values (only if σ > 0), the flip coin (only if q > 0), γ (only if c > 0) — so the result depends only on
/// the image, the config and the RNG state.
public struct Augmenter: Sendable {
    public let config: AugmentationConfig

    /// `config` must be valid (see `AugmentationConfig.validate`).
    public init(config: AugmentationConfig) {
        precondition((try? config.validate()) != nil, "Augmenter: invalid config \(config); call validate() first")
        self.config = config
    }

    /// One random view of `image` (same shape), advancing `rng`.
    public func augment(_ image: ArraySlice<Float>, height: Int, width: Int, channels: Int, rng: inout SeededRNG) -> [Float] {
        var out = [Float](repeating: 0, count: image.count)
        out.withUnsafeMutableBufferPointer { augment(image, height: height, width: width, channels: channels, into: $0, rng: &rng) }
        return out
    }

    /// One random view of `image` written into `out` (`image.count` floats, overwritten), advancing
    /// `rng` exactly as `augment(_:height:width:channels:rng:)` does, with the same operations in the
    /// same order, so the same bits — without allocating (the conv trainer's per-step path). Steps:
    /// shift by (dy, dx) ∈ [−s, s]² with zero fill; with probability p_e erase a square of side
    /// round(√(f·H·W)); add σ·N(0, 1) per pixel; with probability p_f flip horizontally; scale by
    /// γ = 1 + c·U(−1, 1).
    public func augment(_ image: ArraySlice<Float>, height: Int, width: Int, channels: Int,
                        into out: UnsafeMutableBufferPointer<Float>, rng: inout SeededRNG) {
        precondition(image.count == channels * height * width,
                     "Augmenter: image has \(image.count) values, expected \(channels)×\(height)×\(width)")
        precondition(out.count == image.count, "Augmenter: output has \(out.count) values, expected \(image.count)")
        let s = config.maxShift
        let dy = s > 0 ? rng.int(below: 2 * s + 1) - s : 0
        let dx = s > 0 ? rng.int(below: 2 * s + 1) - s : 0
        out.update(repeating: 0)
        image.withUnsafeBufferPointer { src in
            let yLo = max(0, -dy), yHi = min(height, height - dy)
            let xLo = max(0, -dx), xHi = min(width, width - dx)
            guard yLo < yHi, xLo < xHi else { return }
            for c in 0..<channels {
                for y in yLo..<yHi {
                    let o = (c * height + y) * width
                    let i = (c * height + y + dy) * width + dx
                    for x in xLo..<xHi { out[o + x] = src[i + x] }
                }
            }
        }

        if config.erasingProbability > 0, rng.uniform() < config.erasingProbability {
            let side = min(min(height, width), Int((config.erasingFraction * Double(height * width)).squareRoot().rounded()))
            if side > 0 {
                let y0 = rng.int(below: height - side + 1)
                let x0 = rng.int(below: width - side + 1)
                for c in 0..<channels {
                    for y in y0..<(y0 + side) {
                        let o = (c * height + y) * width + x0
                        for x in 0..<side { out[o + x] = 0 }
                    }
                }
            }
        }

        if config.noiseStd > 0 {
            let sigma = config.noiseStd
            for i in out.indices { out[i] += Float(sigma * rng.normal()) }
        }

        if config.flipProbability > 0, rng.uniform() < config.flipProbability {
            for c in 0..<channels {
                for y in 0..<height {
                    let o = (c * height + y) * width
                    out[o..<(o + width)].reverse()
                }
            }
        }

        if config.contrast > 0 {
            let gamma = Float(1 + config.contrast * (2 * rng.uniform() - 1))
            for i in out.indices { out[i] *= gamma }
        }
    }

    /// One random view of every image of `data` (labels unchanged), drawn in image order from `rng`.
    public func augment(_ data: LabeledImages, rng: inout SeededRNG) -> LabeledImages {
        var out = data
        let n = data.pixelsPerImage
        for i in 0..<data.count {
            let view = augment(data.image(i), height: data.height, width: data.width, channels: data.channels, rng: &rng)
            out.pixels.replaceSubrange((i * n)..<((i + 1) * n), with: view)
        }
        return out
    }
}
