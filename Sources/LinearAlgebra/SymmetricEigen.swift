/// Eigen-decomposition of small symmetric matrices (Float64, plain loops; d ≤ a few hundred),
/// used for ZCA whitening of patch tokens.
public enum SymmetricEigen {
    /// Eigen-decomposition A = V Λ Vᵀ of a symmetric n × n matrix (row-major, destroyed) by cyclic
    /// Jacobi rotations: each rotation J(p, q, θ) with tan 2θ = 2a_pq / (a_qq − a_pp) zeroes a_pq;
    /// A ← Jᵀ A J and V ← V J until Σ_{i<j} a_ij² ≤ 1e-22 · Σ_i a_ii² (at most 100 sweeps).
    /// Returns the eigenvalues λ_k (unsorted) and the eigenvectors as columns, V[i·n + k] = u_k[i].
    public static func jacobi(_ a: inout [Double], n: Int) -> (values: [Double], vectors: [Double]) {
        precondition(n >= 1 && a.count == n * n, "SymmetricEigen.jacobi: need an n × n matrix, got \(a.count) values for n = \(n)")
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0, diag = 0.0
            for i in 0..<n { diag += a[i * n + i] * a[i * n + i]; for j in (i + 1)..<n { off += a[i * n + j] * a[i * n + j] } }
            if off <= 1e-22 * max(diag, 1e-300) { break }
            for p in 0..<(n - 1) {
                for q in (p + 1)..<n {
                    let apq = a[p * n + q]
                    if abs(apq) < 1e-300 { continue }
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {                                   // A ← A J (columns p, q)
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq; a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {                                   // A ← Jᵀ A (rows p, q)
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk; a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {                                   // V ← V J
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq; v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0 * n + $0] }, v)
    }
}
