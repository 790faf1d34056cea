import LinearAlgebra

/// The generative model of SPEC §2: tokens x^(l) = M z^(l) + ξ^(l), ξ ~ N(0, σ² I_{d1}),
/// z^(l)_j ≠ 0 with probability p_j = p0·ε_j, sign ±1 with probability ½ each (or +1 for `positive`).
///
/// A positive pair (X, Y) shares the token latents; Y's tokens are permuted (`permuted`) or kept in
/// order (`aligned`) and carry fresh noise, so ẑ = Σ_l z^(l) is the same for both views.
/// `PairSampler` holds the drawing kernel.
public struct SyntheticDataModel: Sendable {
    public let config: EngineConfig
    public let dictionary: FeatureDictionary
    /// p_j for each feature.
    public let probabilities: [Double]
    public let noiseStd: Float

    public init(config: EngineConfig, dictionary: FeatureDictionary) {
        self.config = config
        self.dictionary = dictionary
        probabilities = (0..<config.features).map { config.activationProbability($0) }
        noiseStd = Float(config.noiseStd)
    }

    /// A batch of `count` positive pairs: (latents, view X, view Y); latents are (count·L) × d, row
    /// (n·L + l) is z^(l) of sample n, each view is (count·L) × d1. Drawn by a `PairSampler` seeded from `rng`.
    public func samplePairs(count: Int, rng: inout SeededRNG) -> (latents: Matrix, x: Matrix, y: Matrix) {
        let (z, x, y) = sample(count: count, pairs: true, rng: &rng)
        return (z, x, y!)
    }

    /// `count` samples (latents, view X) and, if `pairs`, their positive views Y.
    public func sample(count: Int, pairs: Bool, rng: inout SeededRNG) -> (latents: Matrix, x: Matrix, y: Matrix?) {
        let rows = count * config.tokens
        var z = Matrix(rows: rows, cols: config.features)
        var x = Matrix(rows: rows, cols: dictionary.ambientDim)
        var y = pairs ? Matrix(rows: rows, cols: dictionary.ambientDim) : nil
        let sampler = PairSampler(model: self, count: count, rng: &rng)
        z.data.withUnsafeMutableBufferPointer { pz in
            x.data.withUnsafeMutableBufferPointer { px in
                if y != nil {
                    y!.data.withUnsafeMutableBufferPointer { py in
                        sampler.draw(latents: pz.baseAddress!, x: px.baseAddress!, y: py.baseAddress!)
                    }
                } else {
                    sampler.draw(latents: pz.baseAddress!, x: px.baseAddress!, y: nil)
                }
            }
        }
        return (z, x, y)
    }

    /// ẑ = Σ_l z^(l) per sample: count × d.
    public func summedLatents(_ z: Matrix) -> Matrix {
        let L = config.tokens, n = z.rows / L
        var s = Matrix(rows: n, cols: z.cols)
        for r in 0..<z.rows { for j in 0..<z.cols { s[r / L, j] += z[r, j] } }
        return s
    }
}
