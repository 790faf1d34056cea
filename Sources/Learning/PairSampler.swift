import LinearAlgebra

/// Draws batches of `count` positive pairs of the data model (SPEC §2) into preallocated buffers,
/// without allocating per draw — the fresh-batch path of training and the sampler behind
/// `SyntheticDataModel.samplePairs`.
///
/// For each token row (n, l):
///
///     z^(l)_j = s·1[w < p_j·2³¹],  w = word >> 1, s = ±1 from the word's lowest bit (+1 for `positive`)
///     x^(l)   = σ·ξ + Σ_{j: z_j ≠ 0} z_j·M_j        (ξ ~ N(0, I_{d1}), drawn straight into the row)
///
/// Z·M is a sparse add (each token has about p0·Σε_j ≈ 2 active features at the default), which the
/// measurement favours over a dense GEMM of (count·L × d)·(d × d1). View Y reuses the latents of its
/// sample with the token order permuted (`permuted`, Fisher–Yates per sample) or kept (`aligned`) and
/// fresh noise. Words and normals come from a `GaussianSource`, permutations from a `SeededRNG`.
public final class PairSampler {
    public let model: SyntheticDataModel
    /// Pairs per draw.
    public let count: Int
    var source: GaussianSource
    var rng: SeededRNG
    /// Bernoulli thresholds p_j·2³¹ (d); UInt64 so that p_j = 1 means "always".
    let thresholds: [UInt64]
    // Buffers owned by the sampler (raw pointers: no copy-on-write, no exclusivity checks in loops).
    let words: UnsafeMutablePointer<UInt32>    // count·L·d
    let active: UnsafeMutablePointer<Int32>    // feature index of each non-zero latent, row by row
    let signs: UnsafeMutablePointer<Float>     // its sign
    let rowStart: UnsafeMutablePointer<Int>    // count·L + 1 offsets into active/signs
    let order: UnsafeMutablePointer<Int>       // count·L: the latents row that token row r of Y uses
    /// The raw tokens of one sample (L × d1), the input of its attention in `drawAttended`; allocated by
    /// the first `drawAttended` (`draw` writes into the caller's buffers).
    var scratch: UnsafeMutablePointer<Float>?

    /// A sampler of `count` pairs whose streams are seeded from (and advance) `rng`.
    public init(model: SyntheticDataModel, count: Int, rng: inout SeededRNG) {
        precondition(count >= 1, "PairSampler: need count ≥ 1")
        self.model = model
        self.count = count
        source = GaussianSource(rng: &rng)
        self.rng = SeededRNG(seed: rng.next())
        thresholds = model.probabilities.map { UInt64((min(max($0, 0), 1) * 0x1p31).rounded(.down)) }
        let rows = count * model.config.tokens, d = model.config.features
        func buffer<T>(_ n: Int, _ v: T) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: n)
            p.initialize(repeating: v, count: n)
            return p
        }
        words = buffer(rows * d, 0)
        active = buffer(rows * d, 0)
        signs = buffer(rows * d, 0)
        rowStart = buffer(rows + 1, 0)
        order = buffer(rows, 0)
        for r in 0..<rows { order[r] = r }
    }

    deinit {
        words.deallocate(); active.deallocate(); signs.deallocate(); rowStart.deallocate()
        order.deallocate(); scratch?.deallocate()
    }

    /// Draws the latents of `count · L` token rows into the sparse lists (and, if `dense` is given,
    /// as a dense (count·L) × d matrix).
    func drawLatents(dense: UnsafeMutablePointer<Float>?) {
        let d = model.config.features, rows = count * model.config.tokens
        let signed = model.config.latent != .positive
        source.fillWords(words, count: rows * d)
        var n = 0
        thresholds.withUnsafeBufferPointer { thr in
            for r in 0..<rows {
                rowStart[r] = n
                let wr = words + r * d
                for j in 0..<d where UInt64(wr[j] >> 1) < thr[j] {
                    active[n] = Int32(j)
                    signs[n] = signed && wr[j] & 1 == 1 ? -1 : 1
                    n += 1
                }
            }
        }
        rowStart[rows] = n
        if let dense {
            dense.update(repeating: 0, count: rows * d)
            for r in 0..<rows {
                for e in rowStart[r]..<rowStart[r + 1] { dense[r * d + Int(active[e])] = signs[e] }
            }
        }
    }

    /// Tokens of one view into `out` ((count·L) × d1): noise, then the dictionary atoms of the latents
    /// of row `order[r]` (or `r` when `order` is not used).
    func drawTokens(into out: UnsafeMutablePointer<Float>, permuted: Bool) {
        let rows = count * model.config.tokens, d1 = model.dictionary.ambientDim
        let sigma = model.noiseStd
        if sigma > 0 {
            source.fillNormals(out, count: rows * d1, scale: sigma)
        } else {
            out.update(repeating: 0, count: rows * d1)
        }
        model.dictionary.rows.data.withUnsafeBufferPointer { pm in
            for r in 0..<rows {
                let src = permuted ? order[r] : r, xr = out + r * d1
                for e in rowStart[src]..<rowStart[src + 1] {
                    let mj = pm.baseAddress! + Int(active[e]) * d1, s = signs[e]
                    for c in 0..<d1 { xr[c] += s * mj[c] }
                }
            }
        }
    }

    /// A fresh Fisher–Yates permutation of the L tokens of every sample, into `order`.
    func drawOrder() {
        let L = model.config.tokens
        for s in 0..<count {
            let base = s * L
            for l in 0..<L { order[base + l] = base + l }
            for i in stride(from: L - 1, to: 0, by: -1) {
                let j = base + rng.int(below: i + 1)
                (order[base + i], order[j]) = (order[j], order[base + i])
            }
        }
    }

    /// Draws one batch: latents (optional, dense (count·L) × d), view X and, if `y` is given, view Y
    /// (each (count·L) × d1).
    public func draw(latents: UnsafeMutablePointer<Float>?, x xOut: UnsafeMutablePointer<Float>,
                     y yOut: UnsafeMutablePointer<Float>?) {
        drawLatents(dense: latents)
        drawTokens(into: xOut, permuted: false)
        guard let yOut else { return }
        let permuted = model.config.positivePair == .permuted
        if permuted { drawOrder() }
        drawTokens(into: yOut, permuted: permuted)
    }

    /// Draws one batch and writes the attention outputs of both views into `ax` and `ay`
    /// ((count·L) × d1 each), e.g. straight into a trainer's batch buffer.
    ///
    /// Fused per sample (`GaussianSource.attendedView`): each sample's L × d1 tokens — noise, then the
    /// atoms of its latents — are built in a small scratch and attended from there, instead of three
    /// passes over whole views (normals, sparse add, attention). The random streams are read in the same
    /// order as `draw` (latent words, X's noise as one request, Y's permutation, Y's noise), so the
    /// result is bit for bit `attention.apply` of `draw`'s views.
    public func drawAttended(attention: FrozenAttention, anchors ax: UnsafeMutablePointer<Float>,
                             positives ay: UnsafeMutablePointer<Float>) {
        let L = model.config.tokens, d1 = model.dictionary.ambientDim
        precondition(attention.tokens == L, "PairSampler.drawAttended: attention over \(attention.tokens) tokens for L = \(L)")
        if scratch == nil { scratch = .allocate(capacity: max(1, L * d1)) }
        drawLatents(dense: nil)
        attendedView(into: ax, permuted: false, attention: attention)
        let permuted = model.config.positivePair == .permuted
        if permuted { drawOrder() }
        attendedView(into: ay, permuted: permuted, attention: attention)
    }

    /// One view's tokens (rows `order[r]` of the latents when `permuted`), attended, into `out`.
    private func attendedView(into out: UnsafeMutablePointer<Float>, permuted: Bool, attention: FrozenAttention) {
        let L = model.config.tokens, d1 = model.dictionary.ambientDim
        model.dictionary.rows.data.withUnsafeBufferPointer { pm in
            source.attendedView(into: out, samples: count, tokens: L, dim: d1, sigma: model.noiseStd,
                                dictionary: pm.baseAddress!, active: active, signs: signs, rowStart: rowStart,
                                order: permuted ? UnsafePointer(order) : nil, invScale: 1 / attention.scale,
                                scratch: scratch!)
        }
    }
}
