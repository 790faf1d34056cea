import LinearAlgebra

// Test-only seam (internal): the rotation-invariance test trains with a given dictionary M.
extension FeatureDictionary {
    /// A dictionary from given rows (d × d1, row j = M_jᵀ), which must be orthonormal to float tolerance.
    init(rows m: Matrix) {
        precondition(m.rows >= 1 && m.cols >= m.rows, "FeatureDictionary(rows:): need 1 ≤ d ≤ d1, got \(m.rows)×\(m.cols)")
        for i in 0..<m.rows {
            for j in i..<m.rows {
                let dot = zip(m.row(i), m.row(j)).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
                precondition(abs(dot - (i == j ? 1 : 0)) < 1e-4, "FeatureDictionary(rows:): rows \(i), \(j) are not orthonormal (⟨M_i, M_j⟩ = \(dot))")
            }
        }
        rows = m
    }
}
