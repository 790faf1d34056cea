import CKernels

extension GaussianSource {
    /// One view of a fresh batch of `samples` samples of `tokens` (L) rows of `dim` (d1) floats, fused per
    /// sample in `scratch` (L·d1 floats, L1/L2-resident) and written straight into `out` ((n·L) × d1):
    ///
    ///     x_s^(l) = σ·ξ_s^(l) + Σ_{e ∈ [rowStart[q], rowStart[q+1])} signs[e] · M[active[e]],   q = order[s·L + l] (or s·L + l)
    ///     a_s^(r) = Σ_l softmax_l(⟨x_s^(l), x_s^(r)⟩ · invScale) · x_s^(l)       (frozen attention, as `VectorKernels.attention`)
    ///
    /// ξ are this source's next normals, read as one request of n·L·d1 (so the stream, and every bit of
    /// the output, equals `fillNormals` over the whole view followed by the sparse add and the
    /// attention); none are drawn when σ = 0. `dictionary` is M (d × d1, row-major).
    public mutating func attendedView(into out: UnsafeMutablePointer<Float>, samples n: Int, tokens L: Int, dim d1: Int,
                                      sigma: Float, dictionary: UnsafePointer<Float>, active: UnsafePointer<Int32>,
                                      signs: UnsafePointer<Float>, rowStart: UnsafePointer<Int>, order: UnsafePointer<Int>?,
                                      invScale: Float, scratch: UnsafeMutablePointer<Float>) {
        precondition(L >= 1 && L <= 64, "GaussianSource.attendedView: need 1 ≤ L ≤ 64, got \(L)")
        precondition(n >= 0 && d1 >= 0, "GaussianSource.attendedView: negative shape")
        ck_attended_view(&state, out, n, L, d1, sigma, dictionary, active, signs, rowStart, order, invScale, scratch)
    }
}
