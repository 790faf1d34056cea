/// The factorial analysis of one claim over the map's readings (Box, Hunter & Hunter 2005, ch. 5–6).
///
/// For seed s and effect column c (a main effect or a two-factor interaction, ±1 per reading r),
/// with y_{r,s} the claim's oriented primary effect,
///
///     e_s = (2/N) Σ_r c_r · y_{r,s}        (mean of y at + minus mean at −, for that seed)
///
/// and the effect is the mean of e_s over the seeds with every reading finite, with the Student-t
/// interval of that mean (n − 1 degrees of freedom): each seed is one replicate of the whole design,
/// so readings that share a seed are compared within it. The family of a claim is every main effect
/// of its relevant factors and every distinct two-factor-interaction column among them; Holm at
/// α = 0.05 over the family decides which effects are "significant" (and so can "decide" the claim).
public enum EffectAnalysis {
    /// The effects of one claim: `responses[r][s]` for reading r (design run order) and seed slot s.
    public static func estimate(_ map: MapDesign, scope: ReadingChoice.Scope, responses: [[Double]]) -> [EffectEstimate] {
        let d = map.design
        precondition(responses.count == d.runCount, "EffectAnalysis: \(responses.count) readings for \(d.runCount) runs")
        let relevant = Set(map.relevantFactors(scope))
        let seeds = responses.map(\.count).min() ?? 0
        // Columns to estimate: main effects, then distinct 2FI columns, relevant factors only.
        var families: [[FactorialDesign.Alias]] = []
        for chain in d.estimableEffects {
            let members = chain.filter { Set($0.factors).isSubset(of: relevant) }
            guard let first = members.first else { continue }
            // Re-sign the members relative to the first relevant member.
            families.append(members.map { .init(factors: $0.factors, sign: $0.sign * first.sign) })
        }
        var comparisons: [Comparison] = [], meta: [(EffectEstimate.Kind, [Int], String, String)] = []
        for chain in families {
            let f = chain[0].factors
            let col = d.column(f)
            var perSeed: [Double] = []
            for s in 0..<seeds {
                let ys = responses.map { $0[s] }
                guard ys.allSatisfy(\.isFinite) else { continue }
                var e = 0.0
                for r in 0..<d.runCount { e += Double(col[r]) * ys[r] }
                perSeed.append(2 * e / Double(d.runCount))
            }
            comparisons.append(Comparison.paired(a: perSeed.map { _ in 0 }, b: perSeed, direction: .increase))
            let label = chain.enumerated().map { i, a in
                (i == 0 ? "" : (a.sign < 0 ? "−(" : "(")) + a.factors.map { map.choices[$0].title }.joined(separator: " × ") + (i == 0 ? "" : ")")
            }.joined(separator: " = ")
            meta.append((f.count == 1 ? .main : .interaction, f, FactorialDesign.name(chain), label))
        }
        let adjusted = HolmFamily.adjust(comparisons.map(\.pValue))
        return comparisons.indices.map { i in
            let c = comparisons[i], m = meta[i]
            return EffectEstimate(kind: m.0, factors: m.1, chain: m.2, label: m.3, estimate: c.estimate,
                                  ciLow: c.ciLow, ciHigh: c.ciHigh, n: c.n, holmP: adjusted[i].adjusted,
                                  significant: adjusted[i].adjusted <= ClaimFamily.alpha && c.estimate.isFinite)
        }
    }

    /// The effects that decide a claim: the largest significant main effect and the largest
    /// significant interaction (by |estimate|), either may be nil.
    public static func deciding(_ effects: [EffectEstimate]) -> (main: EffectEstimate?, interaction: EffectEstimate?) {
        func top(_ k: EffectEstimate.Kind) -> EffectEstimate? {
            effects.filter { $0.kind == k && $0.significant }.max { abs($0.estimate) < abs($1.estimate) }
        }
        return (top(.main), top(.interaction))
    }
}
