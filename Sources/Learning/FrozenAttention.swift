import Foundation
import LinearAlgebra

/// One softmax self-attention layer with W_Q = W_K = W_V = I, frozen (SPEC §3):
///
///     a^(r) = Σ_l softmax_l(⟨x^(l), x^(r)⟩ / s) · x^(l)
///
/// It depends only on the data, so it is computed once per sample.
public struct FrozenAttention: Sendable {
    public let tokens: Int
    public let scale: Float

    public init(tokens: Int, scale: Double) {
        precondition(tokens >= 1 && scale > 0, "FrozenAttention: need L ≥ 1 and s > 0")
        self.tokens = tokens
        self.scale = Float(scale)
    }

    /// Applies attention to every sample of X ((n·L) × d1) and returns A of the same shape.
    public func apply(_ x: Matrix) -> Matrix {
        let L = tokens, d1 = x.cols
        precondition(x.rows % L == 0, "FrozenAttention: \(x.rows) rows is not a multiple of L=\(L)")
        var a = Matrix(rows: x.rows, cols: d1)
        var gram = [Float](repeating: 0, count: L * L)
        var weights = [Float](repeating: 0, count: L * L)
        x.data.withUnsafeBufferPointer { px in
            a.data.withUnsafeMutableBufferPointer { pa in
                for s in 0..<(x.rows / L) {
                    let xs = px.baseAddress! + s * L * d1
                    // G (L × L) = X_s X_sᵀ / s
                    gram.withUnsafeMutableBufferPointer { pg in
                        BLAS.sgemm(transA: false, transB: true, m: L, n: L, k: d1, alpha: 1 / scale,
                                   a: xs, lda: d1, b: xs, ldb: d1, beta: 0, c: pg.baseAddress!, ldc: L)
                    }
                    // weights[r, l] = softmax over l of G[l, r]  (row r of the weights sums to 1)
                    for r in 0..<L {
                        var mx = -Float.infinity
                        for l in 0..<L { mx = max(mx, gram[l * L + r]) }
                        var sum: Float = 0
                        for l in 0..<L { let e = exp(gram[l * L + r] - mx); weights[r * L + l] = e; sum += e }
                        for l in 0..<L { weights[r * L + l] /= sum }
                    }
                    // A_s (L × d1) = weights (L × L) · X_s (L × d1)
                    weights.withUnsafeBufferPointer { pw in
                        BLAS.sgemm(transA: false, transB: false, m: L, n: d1, k: L, alpha: 1,
                                   a: pw.baseAddress!, lda: L, b: xs, ldb: d1, beta: 0,
                                   c: pa.baseAddress! + s * L * d1, ldc: d1)
                    }
                }
            }
        }
        return a
    }
}
