import LinearAlgebra

/// Neuron–feature alignment (SPEC §6): cos_ij = |⟨w_i, M_j⟩| / ‖w_i‖.
public struct Alignment: Sendable {
    /// m × d, cos_ij (0 for a zero neuron).
    public let cosines: Matrix
    /// m × d, |⟨w_i, M_j⟩|.
    public let magnitudes: Matrix
    /// ‖(I − MMᵀ) w_i‖ for each neuron: the norm of w_i in the noise space.
    public let noiseNorms: [Double]

    public init(weights w: Matrix, dictionary: FeatureDictionary) {
        let p = dictionary.projections(of: w)   // m × d
        let m = w.rows, d = p.cols
        var cos = Matrix(rows: m, cols: d), mag = Matrix(rows: m, cols: d)
        var noise = [Double](repeating: 0, count: m)
        for i in 0..<m {
            var n2 = 0.0
            for c in 0..<w.cols { let v = Double(w[i, c]); n2 += v * v }
            var inSpan = 0.0
            for j in 0..<d { let v = Double(p[i, j]); inSpan += v * v }
            let norm = n2.squareRoot()
            for j in 0..<d {
                mag[i, j] = abs(p[i, j])
                cos[i, j] = norm > 0 ? Float(Double(abs(p[i, j])) / norm) : 0
            }
            noise[i] = max(n2 - inSpan, 0).squareRoot()
        }
        cosines = cos
        magnitudes = mag
        noiseNorms = noise
    }

    /// Number of neurons i with max_{j ∈ group} cos_ij ≥ threshold.
    public func alignedCount(features group: Range<Int>, threshold: Double) -> Int {
        if group.isEmpty { return 0 }
        var count = 0
        for i in 0..<cosines.rows where group.contains(where: { Double(cosines[i, $0]) >= threshold }) { count += 1 }
        return count
    }

    /// Mean over j ∈ group of max_i cos_ij (NaN for an empty group).
    public func meanMaxCosine(features group: Range<Int>) -> Double {
        meanOverGroup(group) { j in (0..<cosines.rows).map { Double(cosines[$0, j]) }.max() ?? 0 }
    }

    /// Mean over j ∈ group of max_i |⟨w_i, M_j⟩| — the learned coefficient of feature j.
    public func meanMaxMagnitude(features group: Range<Int>) -> Double {
        meanOverGroup(group) { j in (0..<magnitudes.rows).map { Double(magnitudes[$0, j]) }.max() ?? 0 }
    }

    /// Number of specialist neurons of the group: neurons whose best-aligned feature (argmax_j cos_ij)
    /// lies in the group with cos ≥ threshold.
    public func specialistCount(features group: Range<Int>, threshold: Double) -> Int {
        var count = 0
        for i in 0..<cosines.rows {
            var best = 0
            for j in 0..<cosines.cols where cosines[i, j] > cosines[i, best] { best = j }
            if group.contains(best) && Double(cosines[i, best]) >= threshold { count += 1 }
        }
        return count
    }

    /// The neuron with the largest cosine to any feature of the group, and that feature.
    public func luckiestNeuron(features group: Range<Int>) -> (neuron: Int, feature: Int)? {
        if group.isEmpty || cosines.rows == 0 { return nil }
        var best = (neuron: 0, feature: group.lowerBound), bestValue: Float = -1
        for i in 0..<cosines.rows { for j in group where cosines[i, j] > bestValue {
            bestValue = cosines[i, j]; best = (i, j)
        } }
        return best
    }

    private func meanOverGroup(_ group: Range<Int>, _ value: (Int) -> Double) -> Double {
        if group.isEmpty { return .nan }
        return group.reduce(0.0) { $0 + value($1) } / Double(group.count)
    }
}
