import LinearAlgebra

/// The generative model of SPEC §2: tokens x^(l) = M z^(l) + ξ^(l), ξ ~ N(0, σ² I_{d1}),
/// z^(l)_j ≠ 0 with probability p_j = p0·ε_j, sign ±1 with probability ½ each (or +1 for `positive`).
///
/// A positive pair (X, Y) shares the token latents; Y's tokens are permuted (`permuted`) or kept in
/// order (`aligned`) and carry fresh noise, so ẑ = Σ_l z^(l) is the same for both views.
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

    /// Draws the latents of `count` samples: (count·L) × d, row (n·L + l) is z^(l) of sample n.
    public func sampleLatents(count: Int, rng: inout SeededRNG) -> Matrix {
        let d = config.features, L = config.tokens
        var z = Matrix(rows: count * L, cols: d)
        for row in 0..<(count * L) {
            for j in 0..<d where rng.uniform() < probabilities[j] {
                let sign: Float = config.latent == .positive ? 1 : (rng.next() & 1 == 0 ? 1 : -1)
                z[row, j] = sign
            }
        }
        return z
    }

    /// Tokens X = Z·M + Ξ for latents Z ((n·L) × d): returns (n·L) × d1.
    /// With `permuted`, each sample's L token rows are first reordered by a random permutation.
    public func tokens(latents z: Matrix, permute: Bool, rng: inout SeededRNG) -> Matrix {
        let L = config.tokens, n = z.rows / L
        var order = Array(0..<(n * L))
        if permute {
            for s in 0..<n {
                var p = Array(0..<L)
                rng.shuffle(&p)
                for l in 0..<L { order[s * L + l] = s * L + p[l] }
            }
        }
        var zOrdered = z
        if permute {
            for r in 0..<(n * L) where order[r] != r {
                for j in 0..<z.cols { zOrdered[r, j] = z[order[r], j] }
            }
        }
        // X (nL × d1) = Z (nL × d) · M (d × d1), then add noise.
        var x = Matrix(rows: n * L, cols: dictionary.ambientDim)
        BLAS.gemm(zOrdered, dictionary.rows, into: &x)
        if noiseStd > 0 {
            for k in 0..<x.count { x.data[k] += noiseStd * Float(rng.normal()) }
        }
        return x
    }

    /// A batch of `count` positive pairs: (latents, view X, view Y), each view (count·L) × d1.
    public func samplePairs(count: Int, rng: inout SeededRNG) -> (latents: Matrix, x: Matrix, y: Matrix) {
        let z = sampleLatents(count: count, rng: &rng)
        let x = tokens(latents: z, permute: false, rng: &rng)
        let y = tokens(latents: z, permute: config.positivePair == .permuted, rng: &rng)
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
