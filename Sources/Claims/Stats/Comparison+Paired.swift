extension Comparison {
    /// Paired comparison over the seeds present and finite in both conditions (same seed ⇒ same
    /// initial weights and data stream). With d_s = b_s − a_s over those n seeds:
    ///
    ///     Δ = (1/n) Σ_s d_s,  sd = √(Σ_s (d_s − Δ)² / (n − 1)),  SE = sd/√n,  ν = n − 1,
    ///     CI = Δ ± t_{0.975,ν}·SE,  p = P(|T_ν| ≥ |Δ|/SE).
    ///
    /// Fewer than 2 pairs ⇒ NaN interval and INCONCLUSIVE.
    public static func paired(a: [UInt64: Double], b: [UInt64: Double], direction: ClaimedDirection,
                              confidence: Double = 0.95) -> Comparison {
        let seeds = a.keys.filter { a[$0]!.isFinite && (b[$0]?.isFinite ?? false) }.sorted()
        return pairedFinite(a: seeds.map { a[$0]! }, b: seeds.map { b[$0]! }, direction: direction, confidence: confidence)
    }

    /// Paired comparison of two equally long per-seed arrays (index = seed slot); a slot counts only
    /// when both values are finite.
    public static func paired(a: [Double], b: [Double], direction: ClaimedDirection,
                              confidence: Double = 0.95) -> Comparison {
        precondition(a.count == b.count, "Comparison.paired: \(a.count) values against \(b.count); the seeds must match")
        let slots = a.indices.filter { a[$0].isFinite && b[$0].isFinite }
        return pairedFinite(a: slots.map { a[$0] }, b: slots.map { b[$0] }, direction: direction, confidence: confidence)
    }

    private static func pairedFinite(a: [Double], b: [Double], direction: ClaimedDirection, confidence: Double) -> Comparison {
        let d = zip(a, b).map { $1 - $0 }
        let (mean, sd, n) = moments(d)
        let sa = moments(a).sd, sb = moments(b).sd
        let se = n >= 2 ? sd / Double(n).squareRoot() : .nan
        return Comparison(design: .paired, direction: direction, estimate: mean, standardError: se,
                          df: n >= 2 ? Double(n - 1) : .nan, n: n, nA: n, nB: n, sd: sd, sdA: sa, sdB: sb,
                          confidence: confidence)
    }
}
