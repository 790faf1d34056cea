import LinearAlgebra

extension FeatureDictionary {
    /// One random unit direction of the noise space (the orthogonal complement of span(M)), as the
    /// paper's Fig 1 plots a noise direction:
    ///
    ///     g ~ N(0, I_{d1}),  v = (I − MMᵀ) g / ‖(I − MMᵀ) g‖.
    ///
    /// Needs d1 > d (a non-empty noise space).
    public func randomNoiseDirection(rng: inout SeededRNG) -> [Double] {
        let d = featureCount, d1 = ambientDim
        precondition(d1 > d, "randomNoiseDirection: the noise space is empty (d1 = \(d1), d = \(d))")
        while true {
            var v = (0..<d1).map { _ in rng.normal() }
            for _ in 0..<2 {  // project out span(M) twice, for accuracy in Float32 M
                for j in 0..<d {
                    var p = 0.0
                    for k in 0..<d1 { p += Double(rows[j, k]) * v[k] }
                    for k in 0..<d1 { v[k] -= p * Double(rows[j, k]) }
                }
            }
            let n = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if n > 1e-8 { return v.map { $0 / n } }
        }
    }

    /// |⟨w_i, v⟩| for every row w_i of W (m × d1) and a direction v (d1).
    public static func projectionMagnitudes(of w: Matrix, on v: [Double]) -> [Double] {
        precondition(v.count == w.cols, "projectionMagnitudes: direction of length \(v.count) for \(w.cols) columns")
        return (0..<w.rows).map { i in
            var s = 0.0
            for k in 0..<w.cols { s += Double(w[i, k]) * v[k] }
            return abs(s)
        }
    }
}
