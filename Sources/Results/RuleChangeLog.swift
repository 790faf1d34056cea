import Claims
import Experiments
import Learning
import LongTail
import Markup
import Readings

/// The rule-change log the page keeps (ROBUSTNESS.md §5): every rule that changed since the last
/// committed reference, why, and the verdict under the old rule beside the new one, both computed
/// from this report's own data (the old rules live in `LegacyRules`).
public enum RuleChangeLog {
    public struct Entry: Sendable, Equatable {
        /// The claim whose rule changed; nil for a change to every claim in the map.
        public var claim: ClaimID?
        public var change: String
        public var why: String
        public var oldVerdict: Verdict?
        public var newVerdict: Verdict?
        /// For a rule whose outcome is not a verdict: what the old and the new rule give, in words.
        public var oldOutcome: String? = nil
        public var newOutcome: String? = nil

        public var oldText: String { oldOutcome ?? oldVerdict?.rawValue ?? "n/a" }
        public var newText: String { newOutcome ?? newVerdict?.rawValue ?? "n/a" }
        /// The claim column's text: the claim id, or "every claim in the map".
        public var claimID: String { claim?.rawValue ?? "every claim in the map" }
    }

    public static func entries(_ r: ReportResults) -> [Entry] {
        var out: [Entry] = []
        let claims = Dictionary(r.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        if !r.trajectories.isEmpty {
            out.append(Entry(
                claim: .threeStages,
                change: "Stage 1 is also tested in absolute terms (the noise norm must shrink over [0, T1], FAIL if it grows) and the stages in order (separation after T1).",
                why: "The paper's Fig 1 says the neuron grows along features \"while suppressing noise\" in stage 1 and separates in stage 2; the old rule only compared growth rates and never tested the order.",
                oldVerdict: LegacyRules.threeStages(r.trajectories, dominance: r.plan.base.stage3Dominance).verdict,
                newVerdict: claims[.threeStages]?.verdict))
            let eps = r.plan.sweep(.trajectory)?.points.first?.config.epsMin ?? 0.1
            out.append(Entry(
                claim: .minorityLearnedLater,
                change: "Early growth: a one-sided paired test of multiplicative (log) growth over an early window before either projection saturates, instead of a band on the ratio of linear increments over [0, T1].",
                why: "Lemma 3.1 bounds multiplicative growth; linear increments over [0, T1] measured saturation levels once the majority projection had saturated, and the band had no direction.",
                oldVerdict: LegacyRules.minorityLater(r.trajectories, epsRatio: eps).verdict,
                newVerdict: claims[.minorityLearnedLater]?.verdict))
        }
        if let pruning = r.sweeps.first(where: { $0.id == .pruning }) {
            out.append(Entry(
                claim: .pruningRestoresMinority,
                change: "Decoupling is a paired t test over seeds of the spread of the coefficient ratio over the ε_min < 1 points, inside the claim's Holm family, instead of a rule on seed means with no error rate.",
                why: "A rule without an error rate must not decide FAIL, and \"no change\" (equal spreads) is not evidence against the claim; ε_min = 1 has no minority.",
                oldVerdict: Figure6.pruningRestores(pruning, variants: r.plan.variants, legacyDecoupling: true).verdict,
                newVerdict: claims[.pruningRestoresMinority]?.verdict))
        }
        if let g = r.longTail?.encoderGate {
            func outcome(_ holds: Bool) -> String { holds ? "gate holds: the pruning claims get verdicts" : "gate fails: the pruning claims are withheld" }
            out.append(Entry(
                claim: .longTailPruning,
                change: "The gate \"the encoder beats raw pixels\" asks for a paired advantage of at least \(NumberFormat.format(100 * LongTailEncoderGate.margin, decimals: 0)) points at ρ = 1 with a 95 % CI above 0, instead of a higher seed mean.",
                why: "A higher mean over three seeds can be noise; the target declared for the conv encoder (issue 26) is ≥ 3 points with an interval that excludes 0.",
                oldVerdict: nil, newVerdict: nil, oldOutcome: outcome(g.legacyHolds), newOutcome: outcome(g.holds)))
        }
        // The not-applicable rule, once per claim it touches, whether or not it changes the verdict.
        for c in r.claims where c.subTests.contains(where: \.notApplicable) {
            out.append(Entry(
                claim: c.id,
                change: "A sub-test whose two arms take one and the same value for every seed is \"not applicable\" and does not block a PASS (here: \(c.subTests.filter(\.notApplicable).map(\.id.rawValue).joined(separator: ", "))).",
                why: "At a common floor or ceiling the data cannot speak to the rule; counting it INCONCLUSIVE blocked the claim forever.",
                oldVerdict: c.verdictCountingNotApplicable, newVerdict: c.verdict))
        }
        if let readings = r.readings {
            func list(_ a: ReadingsResult.ClaimAnalysis, _ pick: (EffectEstimate) -> Bool) -> String {
                let chains = a.effects.filter(pick).map(\.chain)
                return "\(a.claimID): " + (chains.isEmpty ? "none" : chains.joined(separator: ", "))
            }
            let old = readings.analyses.map { list($0, \.significantSeedOnly) }, new = readings.analyses.map { list($0, \.significant) }
            if old != new {
                out.append(Entry(
                    claim: nil,
                    change: "Detectable factorial effects: the error is the seed-to-seed scatter pooled over all \(readings.design.design.runCount - 1) contrasts of the design (seeds as blocks, ν = (N − 1)(n − 1)) instead of each effect's own \(readings.design.searchSeeds) seeds (ν = n − 1). Changed after the first render of this map.",
                    why: "The analysis of a replicated factorial in blocks (Montgomery, ch. 6); with \(readings.design.searchSeeds) seeds each effect's own interval has \(readings.design.searchSeeds - 1) degree\(readings.design.searchSeeds == 2 ? "" : "s") of freedom, so Holm over up to \(readings.design.design.runCount - 1) effects could detect almost nothing.",
                    oldVerdict: nil, newVerdict: nil,
                    oldOutcome: "detectable: " + old.joined(separator: "; "), newOutcome: "detectable: " + new.joined(separator: "; ")))
            }
        }
        return out
    }
}
