import Claims
import Foundation
import Markup

/// Claim C7 (SPEC §7, the paper's long-tailed table) against our measured runs, as one paper claim.
///
/// With and without pruning share seeds (same seed ⇒ same initial weights, augmentation stream and
/// probe subset), so every comparison is paired by seed: Δ = with − without over the seeds finite
/// in both arms (a diverged run is NaN, left out of its pair and counted in the text). Sub-tests,
/// one `ClaimFamily` at α = 0.05 (declared before any run):
/// - at every ρ ≥ 10: accuracy gain > 0 (paired t);
/// - at every ρ ≥ 10: change of the head–tail gap Δ20 < 0 (paired t);
/// - the per-seed gain grows with ρ: Spearman ρ over all ρ run, bootstrap over seeds, claimed > 0.
public enum LongTailClaims {
    /// Imbalance at which the paper's accuracy gains are large (its table: +5.7 to +8.0 points).
    public static let imbalancedFrom = 10.0

    /// The preconditions of the pruning claims (see `LongTailOutcome`). When either fails, every
    /// pruning claim is withheld: its verdict is INCONCLUSIVE and its measured text starts with
    /// "Not tested:" and the reason; the measured numbers stay in the text.
    public struct Gate: Sendable, Equatable {
        public var encoderBeatsRawPixels: Bool
        public var encoderAccuracy: Double
        public var rawPixelAccuracy: Double
        public var premise: LongTailPremise?
        /// The paired evidence behind `encoderBeatsRawPixels`, when computed from runs.
        public var encoderGate: LongTailEncoderGate? = nil

        public init(encoderBeatsRawPixels: Bool, encoderAccuracy: Double, rawPixelAccuracy: Double, premise: LongTailPremise?) {
            self.encoderBeatsRawPixels = encoderBeatsRawPixels; self.encoderAccuracy = encoderAccuracy
            self.rawPixelAccuracy = rawPixelAccuracy; self.premise = premise
        }

        /// Why the pruning claims cannot be tested, or nil when they can.
        public var withholdReason: String? {
            var reasons: [String] = []
            if !encoderBeatsRawPixels {
                var reason = "the unpruned encoder's probe accuracy at ρ = 1 (\(NumberFormat.format(100 * encoderAccuracy, decimals: 2)) %) does not beat the raw-pixel probe (\(NumberFormat.format(100 * rawPixelAccuracy, decimals: 2)) %)"
                if let g = encoderGate {
                    reason += " by ≥ \(NumberFormat.format(100 * LongTailEncoderGate.margin, decimals: 0)) pts with a 95 % CI above 0 (paired Δ = \(NumberFormat.signed(100 * g.difference, decimals: 2)) pts [95 % CI \(NumberFormat.format(100 * g.ciLow, decimals: 2)), \(NumberFormat.format(100 * g.ciHigh, decimals: 2))] over \(g.pairs) seeds)"
                }
                reasons.append(reason)
            }
            if let p = premise, !p.holds {
                reasons.append("imbalance does not visibly hurt the unpruned tail (tail accuracy ρ = \(NumberFormat.label(p.rhoHigh)) − ρ = \(NumberFormat.label(p.rhoLow)): \(NumberFormat.signed(100 * p.meanChange, decimals: 2)) ± \(NumberFormat.format(100 * p.standardError, decimals: 2)) pts, paired over \(p.pairs) seeds; needs < −\(NumberFormat.label(Statistics.significanceFactor)) SE)")
            } else if premise == nil {
                reasons.append("the premise (imbalance hurts the tail) needs at least two values of ρ")
            }
            return reasons.isEmpty ? nil : reasons.joined(separator: "; and ")
        }
    }

    /// The claims, withheld when `gate` says they cannot be tested: every sub-test becomes
    /// INCONCLUSIVE with its statistic prefixed by "Not tested: <reason>. Measured anyway:".
    public static func evaluate(_ results: [Double: (without: [LongTailResult], with: [LongTailResult])], gate: Gate?) -> [PaperClaim] {
        let claims = evaluate(results)
        guard let reason = gate?.withholdReason else { return claims }
        return claims.map { c in
            var c = c
            c.subTests = c.subTests.map { t in
                var t = t
                t.verdict = .inconclusive
                t.statistic = "Not tested: \(reason). Measured anyway: " + t.statistic
                t.evidence?.withheld = reason
                return t
            }
            c.note = ("Not tested: " + reason + "." + (c.note.isEmpty ? "" : " " + c.note))
            return c
        }
    }

    /// The long-tail cell of the runs at ρ without or with pruning, for a sub-test's evidence.
    static func point(_ rho: Double, _ pruned: Bool) -> SubTestEvidence.RunPoint {
        SubTestEvidence.RunPoint(sweep: SubTestEvidence.RunPoint.longTail, series: pruned ? "with" : "without", x: rho)
    }

    public static func evaluate(_ results: [Double: (without: [LongTailResult], with: [LongTailResult])]) -> [PaperClaim] {
        let rhos = results.keys.sorted()
        func bySeed(_ r: [LongTailResult], _ key: KeyPath<LongTailResult, Double>) -> [UInt64: Double] {
            Dictionary(r.map { ($0.seed, $0[keyPath: key]) }, uniquingKeysWith: { a, _ in a })
        }
        func diverged(_ rho: Double) -> Int {
            let (o, w) = results[rho]!
            return o.filter(\.diverged).count + w.filter(\.diverged).count
        }
        func arm(_ label: String, _ rho: Double, _ pruned: Bool, _ key: KeyPath<LongTailResult, Double>) -> SubTestEvidence.Arm {
            let r = pruned ? results[rho]!.with : results[rho]!.without, v = bySeed(r, key)
            return SubTestEvidence.Arm(label: label, points: [point(rho, pruned)], seeds: v.keys.sorted(), values: v.keys.sorted().map { v[$0]! })
        }
        var checks: [ClaimFamily.Check] = []
        var divergedNote: [Int: Int] = [:]
        for rho in rhos where rho >= imbalancedFrom {
            let (o, w) = results[rho]!
            checks.append(.comparison(
                id: .at(.accuracy, .rho, rho),
                rule: "ρ = \(NumberFormat.label(rho)): paired Δ = linear-probe accuracy with pruning − without, in percentage points; claimed > 0.",
                Comparison.paired(a: bySeed(o, \.accuracy), b: bySeed(w, \.accuracy), direction: .increase))
                .reading([arm("accuracy without pruning", rho, false, \.accuracy), arm("accuracy with pruning", rho, true, \.accuracy)])
                .measured(.points))
            if diverged(rho) > 0 { divergedNote[checks.count - 1] = diverged(rho) }
            checks.append(.comparison(
                id: .at(.gap, .rho, rho),
                rule: "ρ = \(NumberFormat.label(rho)): paired Δ = head–tail gap Δ20 with pruning − without, in percentage points; claimed < 0.",
                Comparison.paired(a: bySeed(o, \.headTailGap), b: bySeed(w, \.headTailGap), direction: .decrease))
                .reading([arm("Δ20 without pruning", rho, false, \.headTailGap), arm("Δ20 with pruning", rho, true, \.headTailGap)])
                .measured(.points))
            if diverged(rho) > 0 { divergedNote[checks.count - 1] = diverged(rho) }
        }
        let gains: [(x: Double, values: [Double])] = rhos.map { rho in
            let (o, w) = results[rho]!
            let a = bySeed(o, \.accuracy), b = bySeed(w, \.accuracy)
            return (rho, a.keys.sorted().map { s in b[s].map { $0 - a[s]! } ?? .nan })
        }
        checks.append(.trend(id: SubTestID(.gainGrowsWithRho),
                             rule: "Spearman ρ_s of the imbalance ρ against the per-seed accuracy gain (with − without, same seed) over every ρ run; claimed > 0.",
                             groups: gains, direction: .increase)
            .reading(zip(rhos, gains).map { rho, g in
                SubTestEvidence.Arm(label: "ρ = \(NumberFormat.label(rho)): gain with − without", points: [point(rho, false), point(rho, true)],
                                    seeds: bySeed(results[rho]!.without, \.accuracy).keys.sorted(), values: g.values, x: rho)
            }))
        var subs = ClaimFamily.evaluate(checks)
        for (i, d) in divergedNote { subs[i].statistic += "; \(d) diverged run(s) left out" }
        return [PaperClaim(
            id: .longTailPruning, section: .longTail, headline: "On long-tailed images, pruning raises probe accuracy",
            paperSays: "On real long-tailed data, pruning raises linear-probe accuracy and narrows the head–tail gap Δ20, and the benefit grows with the imbalance ρ (CIFAR-10-LT: +0.6 points at ρ = 1, +5.7 to +8.0 at ρ ≥ 10).",
            reference: "Table (Figs 7–8)", subTests: subs, rule: .allPass,
            note: rhos.contains(where: { $0 >= imbalancedFrom }) ? "" : "No run with ρ ≥ \(NumberFormat.label(imbalancedFrom)).")]
    }
}

extension SubTestID.Stem {
    /// `accuracy-rho-<ρ>`: pruning's paired effect on linear-probe accuracy at one ρ.
    public static let accuracy = SubTestID.Stem("accuracy")
    /// `gap-rho-<ρ>`: pruning's paired effect on the head–tail gap Δ20 at one ρ.
    public static let gap = SubTestID.Stem("gap")
    /// The trend of pruning's accuracy gain over ρ.
    public static let gainGrowsWithRho = SubTestID.Stem("gain-grows-with-rho")
}
