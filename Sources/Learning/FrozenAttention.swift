import LinearAlgebra

/// One softmax self-attention layer with W_Q = W_K = W_V = I, frozen (SPEC §3):
///
///     a^(r) = Σ_l softmax_l(⟨x^(l), x^(r)⟩ / s) · x^(l)
///
/// It depends only on the data, so it is computed once per sample (for a fixed training set) or once
/// per drawn batch (fresh samples). The kernel (`VectorKernels.attention`) works on one sample's L × d1
/// tokens at a time, in cache: the L(L+1)/2 dot products of the Gram matrix with 8-wide partial sums,
/// a vectorised softmax, then all L output tokens eight columns at a time — no BLAS call per sample,
/// no allocation.
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
        precondition(x.rows % tokens == 0, "FrozenAttention: \(x.rows) rows is not a multiple of L=\(tokens)")
        var a = Matrix(rows: x.rows, cols: x.cols)
        x.data.withUnsafeBufferPointer { px in
            a.data.withUnsafeMutableBufferPointer { pa in
                apply(px.baseAddress!, samples: x.rows / tokens, dim: x.cols, into: pa.baseAddress!)
            }
        }
        return a
    }

    /// Attention for `n` samples of X (x: (n·L) × d1) written into `a` (same shape; must not alias x).
    public func apply(_ x: UnsafePointer<Float>, samples n: Int, dim d1: Int, into a: UnsafeMutablePointer<Float>) {
        VectorKernels.attention(x, into: a, samples: n, tokens: tokens, dim: d1, invScale: 1 / scale)
    }
}
