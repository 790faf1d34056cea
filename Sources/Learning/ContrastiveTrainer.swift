import LinearAlgebra

/// One SGD step on the InfoNCE loss of the BReLU encoder (SPEC §3–§5), with every buffer
/// preallocated so the hot loop does not allocate.
///
/// Per step, for a batch of K pairs with attention outputs A_X, A_Y ((K·L) × d1):
///
///     U_X = A_X · W_aᵀ,  U_Y = A_Y · W_oᵀ                       (K·L × m)
///     H_X[k,i] = Σ_r BReLU_{b_i}(U_X[(k,r),i]),  H_Y likewise      (K × m)
///     P = softmax_rows(H_X H_Yᵀ / τ)                               (K × K)
///     G_H = (P H_Y − H_Y) / (K τ)                                  (K × m)
///     G_U = G_H ⊙ 1[|U_X| > b]  (broadcast over tokens)            (K·L × m)
///     ∇W = G_Uᵀ A_X                                                (m × d1)
///     W ← (1 − ηλ) W − η ∇W
///
/// W_a, W_o are the anchor's and the other view's weights: W, or W̃ = W ⊙ mask once pruning is on
/// (`both`: W_a = W_o = W̃, straight-through; `competitor`: W_a = W, W_o = W̃). The gradient is
/// always applied to the full W, so pruned weights can come back at the next mask refresh.
public final class ContrastiveTrainer {
    public let config: EngineConfig
    /// Trained weights, m × d1, row i is w_i.
    public internal(set) var weights: Matrix
    /// Current biases b_i (m).
    public private(set) var bias: [Float]
    public private(set) var mask: PruningMask?
    let schedule: BiasSchedule

    // Workspace (shapes in comments). The two views are stacked so that, when both use the same
    // weights, their forward pass is one GEMM: rows 0..<KL are view X, rows KL..<2KL view Y.
    var masked: Matrix            // m × d1, W ⊙ mask
    var batch: Matrix             // 2·K·L × d1, [A_X; A_Y]
    var u: Matrix                 // 2·K·L × m, [U_X; U_Y]
    var h: Matrix                 // 2·K × m, [H_X; H_Y]
    var sim: Matrix               // K × K
    var gh: Matrix                // K × m
    var gu: Matrix                // K·L × m
    var grad: Matrix              // m × d1
    var norms: [Float]            // m
    /// The forward pass computed transposed, Uᵀ = W·[A_X; A_Y]ᵀ (m × 2KL, `u` then holds Uᵀ and `gu`
    /// holds G_Uᵀ, m × KL), instead of U = [A_X; A_Y]·Wᵀ; fixed at init by `prefersTransposedForward`
    /// (tests set it to check both layouts).
    var transposedForward: Bool
    /// The fixed-set batch as rows of the training set instead of a gathered copy (transposed layout,
    /// when `RowGEMM` reproduces OpenBLAS's bits for these shapes): the set and the batch's pair indices.
    var rowSource: TrainingSet?
    var rowIndices: [Int] = []
    /// Row t of [A_X; A_Y] for the step (2KL pointers, filled from `rowSource` per step).
    let rowPointers: UnsafeMutablePointer<UnsafePointer<Float>?>
    /// Whether the loaded batch is used where it lies in the training set (no gather; see `RowGEMM`).
    public var batchIsRowsInPlace: Bool { rowSource != nil }
    /// Made at the first fixed-set batch in the transposed layout; a refusal: gather and `BLAS.sgemm`.
    lazy var rowGEMMAttempt: Result<RowGEMM, RowGEMM.Refusal> = RowGEMM.attempt(
        neurons: config.neurons, ambientDim: config.ambientDim,
        rowCounts: [2 * config.batchSize * config.tokens, config.batchSize * config.tokens])
    /// The RowGEMM of these shapes; nil: gather and `BLAS.sgemm` (tests set nil to force that path).
    var rowGEMM: RowGEMM? {
        get { try? rowGEMMAttempt.get() }
        set { rowGEMMAttempt = newValue.map { .success($0) } ?? .failure(RowGEMM.Refusal("turned off by the caller")) }
    }
    /// Whether the batch was drawn fresh (`drawBatch`) rather than loaded from a set.
    private var batchIsDrawn = false

    /// The GEMMs the step runs on the loaded batch, and why not `RowGEMM` when it is not used.
    public var gemmPath: GEMMPath {
        if batchIsRowsInPlace { return .rowGEMM }
        if !transposedForward {
            return .sgemm(reason: "d1 = \(config.ambientDim) < 1024: the untransposed layout, which RowGEMM does not serve")
        }
        if batchIsDrawn { return .sgemm(reason: "a fresh batch, drawn into the batch buffer") }
        if case .failure(let refusal) = rowGEMMAttempt { return .sgemm(reason: "RowGEMM refused: \(refusal)") }
        return .sgemm(reason: "a batch given as matrices")
    }

    /// The GEMM orientation by shape — a fixed rule, never a timing, so results do not depend on the
    /// machine's speed: transposed when d1 ≥ 1024. Measured on one core (OpenBLAS Haswell kernels, % of
    /// the 2048² SGEMM rate): m 64, d1 256 (default) U 95% vs Uᵀ 88%; m 100, d1 2500 (paper) U 83.6% vs
    /// Uᵀ 89.6%. The two orientations round some elements of U differently (OpenBLAS's kernels pack
    /// and sum in other orders), so the rule is part of the numerical result.
    static func prefersTransposedForward(neurons m: Int, ambientDim d1: Int) -> Bool { d1 >= 1024 }

    /// A_X (K·L × d1), copied out of the stacked batch (tests).
    var batchX: Matrix { batchView(0) }
    /// A_Y (K·L × d1), copied out of the stacked batch (tests).
    var batchY: Matrix { batchView(1) }
    private func batchView(_ v: Int) -> Matrix {
        let n = batch.count / 2
        if let set = rowSource {
            let view = v == 0 ? set.anchors : set.positives, rowFloats = set.tokens * view.cols
            var data = [Float]()
            data.reserveCapacity(n)
            for k in rowIndices { data += view.data[(k * rowFloats)..<((k + 1) * rowFloats)] }
            return Matrix(rows: batch.rows / 2, cols: batch.cols, data: data)
        }
        return Matrix(rows: batch.rows / 2, cols: batch.cols, data: Array(batch.data[(v * n)..<((v + 1) * n)]))
    }

    public init(config: EngineConfig, rng: inout SeededRNG) {
        self.config = config
        let m = config.neurons, d1 = config.ambientDim, K = config.batchSize, L = config.tokens
        var w = Matrix(rows: m, cols: d1)
        let s0 = Float(config.initScale)
        for e in 0..<w.count { w.data[e] = s0 * Float(rng.normal()) }
        weights = w
        bias = [Float](repeating: 0, count: m)
        mask = config.pruningEnabled
            ? PruningMask(granularity: config.pruneGranularity, ratio: config.pruneRatio, neurons: m, ambientDim: d1)
            : nil
        schedule = BiasSchedule(config: config)
        masked = Matrix(rows: m, cols: d1)
        batch = Matrix(rows: 2 * K * L, cols: d1)
        u = Matrix(rows: 2 * K * L, cols: m)
        h = Matrix(rows: 2 * K, cols: m)
        sim = Matrix(rows: K, cols: K)
        gh = Matrix(rows: K, cols: m)
        gu = Matrix(rows: K * L, cols: m)
        grad = Matrix(rows: m, cols: d1)
        norms = [Float](repeating: 0, count: m)
        transposedForward = Self.prefersTransposedForward(neurons: m, ambientDim: d1)
        rowPointers = .allocate(capacity: 2 * K * L)
        rowPointers.initialize(repeating: nil, count: 2 * K * L)
    }

    deinit { rowPointers.deallocate() }

    /// Whether pruning is active at step `t`.
    func pruningActive(at t: Int) -> Bool { mask != nil && t >= config.pruneStartStep }

    /// The weights the encoder uses for evaluation and for the anchor view at step `t`:
    /// W̃ for `both` once pruning is active, W otherwise.
    public func anchorWeights() -> Matrix {
        if let mask, config.pruneBranch == .both, pruningWasActive {
            var out = Matrix(rows: weights.rows, cols: weights.cols)
            mask.apply(weights, into: &out)
            return out
        }
        return weights
    }
    private(set) var pruningWasActive = false

    /// The masked weights W̃ = W ⊙ mask once pruning has been active (whichever view goes through
    /// the pruned network), W otherwise. Measurements of what training learned read `weights` (dense).
    public func maskedWeights() -> Matrix {
        if let mask, pruningWasActive {
            var out = Matrix(rows: weights.rows, cols: weights.cols)
            mask.apply(weights, into: &out)
            return out
        }
        return weights
    }

    /// Loads the pairs `indices` of `set` as the batch: in the transposed layout, when `rowGEMM` is
    /// available, by reference (the GEMMs pack the rows where they lie); otherwise copied into the batch buffers.
    public func loadBatch(from set: TrainingSet, indices: ArraySlice<Int>) {
        precondition(indices.count == config.batchSize, "loadBatch: \(indices.count) indices for batch \(config.batchSize)")
        precondition(set.tokens == config.tokens && set.anchors.cols == config.ambientDim, "loadBatch: set shape differs from the config")
        for n in indices { precondition(n >= 0 && n < set.count, "loadBatch: index \(n) outside the \(set.count) pairs") }
        batchIsDrawn = false
        if transposedForward, rowGEMM != nil {
            rowSource = set
            rowIndices.removeAll(keepingCapacity: true)
            rowIndices.append(contentsOf: indices)
            return
        }
        rowSource = nil
        let rowFloats = set.tokens * set.anchors.cols, half = batch.count / 2
        // A prefetching gather (random 4–40 KB blocks of a set larger than the caches).
        set.anchors.data.withUnsafeBufferPointer { pa in
            set.positives.data.withUnsafeBufferPointer { pp in
                batch.data.withUnsafeMutableBufferPointer { pb in
                    indices.withUnsafeBufferPointer { idx in
                        VectorKernels.gather(into: pb.baseAddress!, from: pa.baseAddress!, indices: idx, rowFloats: rowFloats)
                        VectorKernels.gather(into: pb.baseAddress! + half, from: pp.baseAddress!, indices: idx, rowFloats: rowFloats)
                    }
                }
            }
        }
    }

    /// Puts already-attended views into the batch buffers (fresh-sample mode).
    public func loadBatch(anchors: Matrix, positives: Matrix) {
        rowSource = nil
        batchIsDrawn = false
        let half = batch.count / 2
        precondition(anchors.count == half && positives.count == half, "loadBatch: wrong batch shape")
        batch.data.withUnsafeMutableBufferPointer { pb in
            anchors.data.withUnsafeBufferPointer { pb.baseAddress!.update(from: $0.baseAddress!, count: half) }
            positives.data.withUnsafeBufferPointer { (pb.baseAddress! + half).update(from: $0.baseAddress!, count: half) }
        }
    }

    /// Draws a fresh batch of K pairs with `sampler` and writes its attention outputs straight into
    /// the batch buffer [A_X; A_Y] (fresh-sample mode; no allocation, no copy).
    public func drawBatch(from sampler: PairSampler, attention: FrozenAttention) {
        precondition(sampler.count == config.batchSize, "drawBatch: sampler draws \(sampler.count) pairs for batch \(config.batchSize)")
        rowSource = nil
        batchIsDrawn = true
        let half = batch.count / 2
        batch.data.withUnsafeMutableBufferPointer { pb in
            sampler.drawAttended(attention: attention, anchors: pb.baseAddress!, positives: pb.baseAddress! + half)
        }
    }

    /// One SGD step at step number `t` on the loaded batch; returns the batch loss before the update.
    @discardableResult
    public func step(_ t: Int) -> Double {
        let loss = computeGradient(t)
        applyUpdate()
        return loss
    }

    /// Refreshes mask and bias for step `t`, runs forward and backward on the loaded batch and
    /// leaves ∇W in `grad`; returns the batch loss. W is not changed.
    func computeGradient(_ t: Int) -> Double {
        let m = config.neurons, d1 = config.ambientDim, K = config.batchSize, L = config.tokens
        let active = pruningActive(at: t)
        if active {
            // Mutated in place (no copy-on-write of the mask's buffers).
            if !pruningWasActive || (t - config.pruneStartStep) % config.pruneRefresh == 0 {
                mask!.refresh(from: weights)
            }
            mask!.apply(weights, into: &masked)
            pruningWasActive = true
        }
        let anchorMasked = active && config.pruneBranch == .both
        let otherMasked = active

        let KL = K * L
        var loss = 0.0
        // The GEMMs are in ContrastiveTrainer+GEMMs.swift (shared with `runGEMMsOnly`).
        withBuffers(anchorMasked: anchorMasked, otherMasked: otherMasked) { wa, wo, w in
            // Bias from the row norms of the anchor weights (`masked`) or of the dense weights (`full`).
            let wn = config.pruneBiasNorm == .full ? w.dense : wa
            for i in 0..<m { w.norms[i] = BLAS.nrm2(d1, wn + i * d1) }
            schedule.update(step: t, norms: w.norms, bias: w.bias, neurons: m)
            forwardGEMM(wa, wo, w)
            if transposedForward {
                BReLU.poolTransposed(w.u, stride: 2 * KL, tokens: L, samples: 2 * K, neurons: m, bias: w.bias, into: w.h)
            } else {
                // [H_X; H_Y] (2K × m): both views pooled in one pass.
                BReLU.pool(w.u, tokens: L, samples: 2 * K, neurons: m, bias: w.bias, into: w.h)
            }
            similarityGEMM(w)
            loss = InfoNCE.softmaxInPlace(w.sim, batch: K)
            outputGradientGEMM(w)
            if transposedForward {
                BReLU.backwardTransposed(w.gh, w.u, stride: 2 * KL, tokens: L, samples: K, neurons: m, bias: w.bias, into: w.gu)
            } else {
                BReLU.backward(w.gh, w.u, tokens: L, samples: K, neurons: m, bias: w.bias, into: w.gu)
            }
            weightGradientGEMM(w)
        }
        return loss
    }

    /// W ← (1 − ηλ) W − η ∇W
    func applyUpdate() {
        let m = config.neurons, d1 = config.ambientDim
        let eta = Float(config.learningRate), decay = Float(1 - config.learningRate * config.weightDecay)
        weights.data.withUnsafeMutableBufferPointer { pw in
            grad.data.withUnsafeBufferPointer { pg in
                if decay != 1 { BLAS.scal(m * d1, decay, pw.baseAddress!) }
                BLAS.axpy(m * d1, -eta, pg.baseAddress!, pw.baseAddress!)
            }
        }
    }

    /// Raw pointers to the workspace for one step.
    struct Workspace {
        let batch: UnsafePointer<Float>
        /// The batch's rows [A_X; A_Y] where they lie in the training set (`rowSource`), or nil: use `batch`.
        let rows: UnsafePointer<UnsafePointer<Float>?>?
        /// The dense (learned) weights W (m × d1).
        let dense: UnsafePointer<Float>
        let u, h, sim, gh, gu, grad, bias, norms: UnsafeMutablePointer<Float>
    }

    /// Hands out raw pointers to the anchor and other weights in use and to the workspace for one step.
    func withBuffers(anchorMasked: Bool, otherMasked: Bool,
                             _ body: (UnsafePointer<Float>, UnsafePointer<Float>, Workspace) -> Void) {
        weights.data.withUnsafeBufferPointer { pw in
        masked.data.withUnsafeBufferPointer { pm in
        batch.data.withUnsafeBufferPointer { pb in
        u.data.withUnsafeMutableBufferPointer { pu in
        h.data.withUnsafeMutableBufferPointer { ph in
        sim.data.withUnsafeMutableBufferPointer { s in
        gh.data.withUnsafeMutableBufferPointer { pgh in
        gu.data.withUnsafeMutableBufferPointer { pgu in
        grad.data.withUnsafeMutableBufferPointer { g in
        bias.withUnsafeMutableBufferPointer { b in
        norms.withUnsafeMutableBufferPointer { nrm in
        withRowPointers { rows in
            let ws = Workspace(batch: pb.baseAddress!, rows: rows, dense: pw.baseAddress!, u: pu.baseAddress!, h: ph.baseAddress!, sim: s.baseAddress!,
                               gh: pgh.baseAddress!, gu: pgu.baseAddress!, grad: g.baseAddress!, bias: b.baseAddress!,
                               norms: nrm.baseAddress!)
            body(anchorMasked ? pm.baseAddress! : pw.baseAddress!, otherMasked ? pm.baseAddress! : pw.baseAddress!, ws)
        }}}}}}}}}}}}
    }

    /// Fills `rowPointers` with the rows of [A_X; A_Y] in `rowSource` (row k·L + r of view v is token r of
    /// pair `rowIndices[k]`) and hands them to `body`; nil when the batch is in the buffer.
    private func withRowPointers(_ body: (UnsafePointer<UnsafePointer<Float>?>?) -> Void) {
        guard let set = rowSource else { return body(nil) }
        let L = set.tokens, d1 = set.anchors.cols, KL = rowIndices.count * L
        set.anchors.data.withUnsafeBufferPointer { pa in
            set.positives.data.withUnsafeBufferPointer { pp in
                for (k, n) in rowIndices.enumerated() {
                    for r in 0..<L {
                        rowPointers[k * L + r] = UnsafePointer(pa.baseAddress! + (n * L + r) * d1)
                        rowPointers[KL + k * L + r] = UnsafePointer(pp.baseAddress! + (n * L + r) * d1)
                    }
                }
                body(UnsafePointer(rowPointers))
            }
        }
    }
}
