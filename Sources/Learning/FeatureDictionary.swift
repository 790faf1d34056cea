import LinearAlgebra

/// The dictionary M ∈ R^{d1×d} with orthonormal columns M_1..M_d (SPEC §2), stored transposed:
/// `rows` is d × d1, row j = M_jᵀ. The orthogonal complement of span(M) is the noise space.
public struct FeatureDictionary: Sendable {
    /// d × d1, row j is feature direction M_j.
    public let rows: Matrix

    public var featureCount: Int { rows.rows }
    public var ambientDim: Int { rows.cols }

    /// `identity`: M_j = e_j (the first d standard basis vectors).
    /// `random`: M = Q from the QR decomposition of a d1×d standard Gaussian matrix
    /// (modified Gram–Schmidt in Float64, then rounded to Float32).
    public init(kind: DictionaryKind, features d: Int, ambientDim d1: Int, rng: inout SeededRNG) {
        precondition(d >= 1 && d1 >= d, "FeatureDictionary: need 1 ≤ d ≤ d1, got d=\(d), d1=\(d1)")
        var m = Matrix(rows: d, cols: d1)
        switch kind {
        case .identity:
            for j in 0..<d { m[j, j] = 1 }
        case .random:
            var q = [[Double]]()
            q.reserveCapacity(d)
            while q.count < d {
                var v = (0..<d1).map { _ in rng.normal() }
                for _ in 0..<2 {  // re-orthogonalise once more for accuracy
                    for u in q {
                        var p = 0.0
                        for k in 0..<d1 { p += u[k] * v[k] }
                        for k in 0..<d1 { v[k] -= p * u[k] }
                    }
                }
                var n = 0.0
                for k in 0..<d1 { n += v[k] * v[k] }
                n = n.squareRoot()
                guard n > 1e-8 else { continue }
                q.append(v.map { $0 / n })
            }
            for j in 0..<d { for k in 0..<d1 { m[j, k] = Float(q[j][k]) } }
        }
        rows = m
    }

    /// Projections P = W·M (m × d): P[i, j] = ⟨w_i, M_j⟩ for W given as m × d1.
    public func projections(of w: Matrix) -> Matrix {
        BLAS.matmul(w, rows, transB: true)  // (m × d1)·(d1 × d)
    }
}
