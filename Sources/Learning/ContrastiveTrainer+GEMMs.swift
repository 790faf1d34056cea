import LinearAlgebra

/// The five GEMMs of one step (see `ContrastiveTrainer`), one function each, called by
/// `computeGradient` and, without anything in between, by `runGEMMsOnly`.
extension ContrastiveTrainer {
    /// U_X (KL × m) = A_X (KL × d1) · W_aᵀ (d1 × m), U_Y likewise with W_o; with W_a = W_o the stacked
    /// [U_X; U_Y] (2KL × m) = [A_X; A_Y] · Wᵀ is one GEMM. Transposed layout:
    /// [U_Xᵀ U_Yᵀ] (m × 2KL) = W_a · [A_X; A_Y]ᵀ, the views in column blocks.
    func forwardGEMM(_ wa: UnsafePointer<Float>, _ wo: UnsafePointer<Float>, _ w: Workspace) {
        let m = config.neurons, d1 = config.ambientDim, KL = config.batchSize * config.tokens
        let bx = w.batch, by = w.batch + KL * d1, ux = w.u
        if transposedForward, let rows = w.rows, let rg = rowGEMM {
            // The same products from the rows where they lie (RowGEMM: BLAS's bits, checked per shape).
            if wa == wo {
                rg.forward(n: 2 * KL, w: wa, rows: rows, c: ux, ldc: 2 * KL)
            } else {
                rg.forward(n: KL, w: wa, rows: rows, c: ux, ldc: 2 * KL)
                rg.forward(n: KL, w: wo, rows: rows + KL, c: ux + KL, ldc: 2 * KL)
            }
        } else if transposedForward {
            if wa == wo {
                BLAS.sgemm(transA: false, transB: true, m: m, n: 2 * KL, k: d1, alpha: 1, a: wa, lda: d1, b: bx, ldb: d1, beta: 0, c: ux, ldc: 2 * KL)
            } else {
                BLAS.sgemm(transA: false, transB: true, m: m, n: KL, k: d1, alpha: 1, a: wa, lda: d1, b: bx, ldb: d1, beta: 0, c: ux, ldc: 2 * KL)
                BLAS.sgemm(transA: false, transB: true, m: m, n: KL, k: d1, alpha: 1, a: wo, lda: d1, b: by, ldb: d1, beta: 0, c: ux + KL, ldc: 2 * KL)
            }
        } else {
            if wa == wo {
                BLAS.sgemm(transA: false, transB: true, m: 2 * KL, n: m, k: d1, alpha: 1, a: bx, lda: d1, b: wa, ldb: d1, beta: 0, c: ux, ldc: m)
            } else {
                BLAS.sgemm(transA: false, transB: true, m: KL, n: m, k: d1, alpha: 1, a: bx, lda: d1, b: wa, ldb: d1, beta: 0, c: ux, ldc: m)
                BLAS.sgemm(transA: false, transB: true, m: KL, n: m, k: d1, alpha: 1, a: by, lda: d1, b: wo, ldb: d1, beta: 0, c: ux + KL * m, ldc: m)
            }
        }
    }

    /// S (K × K) = H_X H_Yᵀ / τ, written into `sim` (the softmax then turns it into P).
    func similarityGEMM(_ w: Workspace) {
        let m = config.neurons, K = config.batchSize
        BLAS.sgemm(transA: false, transB: true, m: K, n: K, k: m, alpha: Float(1 / config.temperature), a: w.h, lda: m,
                   b: w.h + K * m, ldb: m, beta: 0, c: w.sim, ldc: K)
    }

    /// G_H (K × m) = (P H_Y − H_Y) / (Kτ), with P in `sim`.
    func outputGradientGEMM(_ w: Workspace) {
        let m = config.neurons, K = config.batchSize
        let scale = Float(1 / config.temperature) / Float(K), hy = w.h + K * m
        BLAS.sgemm(transA: false, transB: false, m: K, n: m, k: K, alpha: scale, a: w.sim, lda: K, b: hy, ldb: m, beta: 0, c: w.gh, ldc: m)
        BLAS.axpy(K * m, -scale, hy, w.gh)
    }

    /// ∇W (m × d1) = G_Uᵀ (m × KL) · A_X (KL × d1); G_U stored KL × m, or G_Uᵀ stored m × KL (transposed layout).
    func weightGradientGEMM(_ w: Workspace) {
        let m = config.neurons, d1 = config.ambientDim, KL = config.batchSize * config.tokens
        if transposedForward, let rows = w.rows, let rg = rowGEMM {
            rg.weightGradient(n: KL, g: w.gu, ldg: KL, rows: rows, c: w.grad)
        } else if transposedForward {
            BLAS.sgemm(transA: false, transB: false, m: m, n: d1, k: KL, alpha: 1, a: w.gu, lda: KL, b: w.batch, ldb: d1, beta: 0, c: w.grad, ldc: d1)
        } else {
            BLAS.sgemm(transA: true, transB: false, m: m, n: d1, k: KL, alpha: 1, a: w.gu, lda: m, b: w.batch, ldb: d1, beta: 0, c: w.grad, ldc: d1)
        }
    }

    /// The step's GEMMs alone, in the step's order and shapes, on the loaded batch and the workspace
    /// as the last step left it — no bias, pooling, softmax, BReLU mask, norms or update, and the
    /// dense weights for both views. W is not changed. `clreport bench` times it: the step cannot be
    /// faster than this on the linked BLAS (its ceiling, once the batch load is added).
    public func runGEMMsOnly() {
        withBuffers(anchorMasked: false, otherMasked: false) { wa, wo, w in
            forwardGEMM(wa, wo, w)
            similarityGEMM(w)
            outputGradientGEMM(w)
            weightGradientGEMM(w)
        }
    }
}
