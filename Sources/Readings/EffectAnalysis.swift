import Claims
import Experiments

/// The factorial analysis of one claim over the map's readings (Box, Hunter & Hunter 2005, ch. 5–6;
/// Montgomery, ch. 6–8: a replicated two-level design with the seeds as blocks).
///
/// For seed s and effect column c (a main effect or a two-factor interaction, ±1 per reading r),
/// with y_{r,s} the claim's oriented primary effect,
///
///     e_s = (2/N) Σ_r c_r · y_{r,s}        (mean of y at + minus mean at −, within seed s)
///
/// over the n seeds with every reading finite; the effect is ē = mean_s e_s. Its error comes from
/// the seed-to-seed scatter of every one of the design's N − 1 contrasts, pooled (seeds are blocks,
/// the reading × seed interaction is the error, ν = (N − 1)(n − 1) degrees of freedom):
///
///     s²_p = (1/(N − 1)) Σ_{contrasts k} s²_k,   s²_k = sample variance over seeds of e_{k,s},
///     SE(ē) = s_p/√n,   CI = ē ± t_{0.975,ν}·SE,   p = P(|T_ν| ≥ |ē|/SE).
///
/// The family of a claim is every main effect of its relevant factors and every distinct
/// two-factor-interaction column among them; Holm at α = 0.05 over the family decides which effects
/// are "detectable" (and so can "decide" the claim). `seedOnly` keeps the first render's rule for the
/// rule-change log: each effect's own seed interval (ν = n − 1), Holm over the same family.
public enum EffectAnalysis {
    /// The effects of one claim: `responses[r][s]` for reading r (design run order) and seed slot s.
    public static func estimate(_ map: MapDesign, scope: ReadingChoice.Scope, responses: [[Double]]) -> [EffectEstimate] {
        let d = map.design
        precondition(responses.count == d.runCount, "EffectAnalysis: \(responses.count) readings for \(d.runCount) runs")
        let relevant = Set(map.relevantFactors(scope))
        let seeds = responses.map(\.count).min() ?? 0
        let finiteSeeds = (0..<seeds).filter { s in responses.allSatisfy { $0[s].isFinite } }
        func perSeed(_ col: [Int]) -> [Double] {
            finiteSeeds.map { s in
                var e = 0.0
                for r in 0..<d.runCount { e += Double(col[r]) * responses[r][s] }
                return 2 * e / Double(d.runCount)
            }
        }
        // The pooled error over every contrast of the design (all non-empty products of base factors).
        let n = finiteSeeds.count
        var pooled = Double.nan, nu = Double.nan
        if n >= 2 && d.runCount >= 2 {
            var sum = 0.0
            for mask in 1..<d.runCount {
                let col = d.column((0..<d.baseFactors).filter { (mask >> $0) & 1 == 1 })
                let v = perSeed(col), m = v.reduce(0, +) / Double(n)
                sum += v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(n - 1)
            }
            pooled = sum / Double(d.runCount - 1)
            nu = Double((d.runCount - 1) * (n - 1))
        }
        // Columns to estimate: main effects, then distinct 2FI columns, relevant factors only.
        var families: [[FactorialDesign.Alias]] = []
        for chain in d.estimableEffects {
            let members = chain.filter { Set($0.factors).isSubset(of: relevant) }
            guard let first = members.first else { continue }
            families.append(members.map { .init(factors: $0.factors, sign: $0.sign * first.sign) })
        }
        var pooledTests: [Comparison] = [], seedTests: [Comparison] = [], meta: [(EffectEstimate.Kind, [Int], String, String)] = []
        for chain in families {
            let f = chain[0].factors
            let v = perSeed(d.column(f))
            seedTests.append(Comparison.paired(a: v.map { _ in 0 }, b: v, direction: .increase))
            let mean = n > 0 ? v.reduce(0, +) / Double(n) : .nan
            pooledTests.append(Comparison(design: .paired, direction: .increase, estimate: mean,
                                          standardError: (pooled / Double(n)).squareRoot(), df: nu, n: n, nA: n, nB: n,
                                          sd: pooled.squareRoot(), sdA: 0, sdB: pooled.squareRoot()))
            let label = chain.enumerated().map { i, a in
                (i == 0 ? "" : (a.sign < 0 ? "−(" : "(")) + a.factors.map { map.choices[$0].title }.joined(separator: " × ") + (i == 0 ? "" : ")")
            }.joined(separator: " = ")
            meta.append((f.count == 1 ? .main : .interaction, f, FactorialDesign.name(chain), label))
        }
        let adjusted = HolmFamily.adjust(pooledTests.map(\.pValue))
        let adjustedSeedOnly = HolmFamily.adjust(seedTests.map(\.pValue))
        return pooledTests.indices.map { i in
            let c = pooledTests[i], m = meta[i]
            return EffectEstimate(kind: m.0, factors: m.1, chain: m.2, label: m.3, estimate: c.estimate,
                                  ciLow: c.ciLow, ciHigh: c.ciHigh, n: n, df: nu, holmP: adjusted[i].adjusted,
                                  significant: adjusted[i].adjusted <= ClaimFamily.alpha && c.estimate.isFinite,
                                  significantSeedOnly: adjustedSeedOnly[i].adjusted <= ClaimFamily.alpha && c.estimate.isFinite)
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
