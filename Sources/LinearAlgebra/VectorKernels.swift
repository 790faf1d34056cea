import CKernels

/// Vectorised kernels implemented in C (`CKernels`), for the hot non-BLAS passes of training.
/// Each gives the same bits on every x86-64 machine (no FMA contraction; the x86-64-v4, AVX2 and
/// baseline variants perform the same operations per element).
public enum VectorKernels {
    /// x_i ← exp(x_i − shift) for i < count, returns Σ_i x_i (eight partial sums in a fixed order).
    /// exp is Cephes' scheme: x = k·ln 2 + r, e^r = 1 + r + r²·P(r), 2^k from the exponent bits
    /// (relative error < 10⁻⁷); arguments below −87.3 give 0. Meant for x − shift ≤ 0 (softmax).
    public static func expShifted(_ x: UnsafeMutablePointer<Float>, count: Int, shift: Float) -> Float {
        precondition(count >= 0, "VectorKernels.expShifted: negative count")
        return ck_exp_shifted(x, count, shift)
    }

    /// max_i x_i over the non-NaN x_i (−∞ for none), with eight running maxima — the value of a scalar
    /// loop `m = max(m, x_i)` from m = −∞ (a maximum does not depend on the order; of +0 and −0 it may
    /// return either, and exp(x − m) is the same for both).
    public static func max(_ x: UnsafePointer<Float>, count: Int) -> Float {
        precondition(count >= 0, "VectorKernels.max: negative count")
        return ck_max(x, count)
    }

    /// Frozen softmax attention for `samples` samples of `tokens` rows of `dim` floats each:
    ///
    ///     a_s^(r) = Σ_l softmax_l(⟨x_s^(l), x_s^(r)⟩ · invScale) · x_s^(l)
    ///
    /// `x` and `a` are (samples·tokens) × dim, row-major, and must not overlap.
    public static func attention(_ x: UnsafePointer<Float>, into a: UnsafeMutablePointer<Float>, samples: Int,
                                 tokens: Int, dim: Int, invScale: Float) {
        precondition(tokens >= 1 && tokens <= 64, "VectorKernels.attention: need 1 ≤ L ≤ 64, got \(tokens)")
        precondition(samples >= 0 && dim >= 0, "VectorKernels.attention: negative shape")
        ck_attention(x, a, samples, tokens, dim, invScale)
    }

    /// BReLU pooling of pre-activations U ((n·L) × m, sample-major):
    ///
    ///     h[k, i] = Σ_r (max(U[(k,r), i] − b_i, 0) + min(U[(k,r), i] + b_i, 0))     (r in order)
    ///
    /// into `h` (n × m), with Swift's `max`/`min` semantics per element (`Learning.BReLU.pool`).
    public static func breluPool(_ u: UnsafePointer<Float>, tokens L: Int, samples n: Int, neurons m: Int,
                                 bias: UnsafePointer<Float>, into h: UnsafeMutablePointer<Float>) {
        precondition(L >= 0 && n >= 0 && m >= 0, "VectorKernels.breluPool: negative shape")
        ck_brelu_pool(u, L, n, m, bias, h)
    }

    /// The BReLU backward mask: G_U[(k,r), i] = |U[(k,r), i]| > b_i ? G_H[k, i] : 0 (`Learning.BReLU.backward`).
    public static func breluBackward(_ gh: UnsafePointer<Float>, _ u: UnsafePointer<Float>, tokens L: Int, samples n: Int,
                                     neurons m: Int, bias: UnsafePointer<Float>, into gu: UnsafeMutablePointer<Float>) {
        precondition(L >= 0 && n >= 0 && m >= 0, "VectorKernels.breluBackward: negative shape")
        ck_brelu_backward(gh, u, L, n, m, bias, gu)
    }

    /// Gathers rows: dst[i] = src[indices[i]] for the `indices.count` rows of `rowFloats` floats, with
    /// software prefetch of the rows ahead (random blocks of a set larger than the caches). A copy.
    public static func gather(into dst: UnsafeMutablePointer<Float>, from src: UnsafePointer<Float>,
                              indices: UnsafeBufferPointer<Int>, rowFloats: Int) {
        precondition(rowFloats >= 0, "VectorKernels.gather: negative row length")
        guard let base = indices.baseAddress else { return }
        ck_gather(dst, src, base, indices.count, rowFloats)
    }
}
