import Claims
import Foundation
import Learning
import Markup

/// The rules the committed reference before the factorial map used, kept only so that the page's
/// rule-change log can show each changed rule's verdict beside the new one on the same data. No
/// verdict of the report comes from here.
public enum LegacyRules {

    /// C1 before the map: stage 1 relative to the dominant projection (noise norm and one noise
    /// direction), separation and convergence (`Figure1.threeStages` without its two new sub-tests).
    public static func threeStages(_ traces: [NeuronTrajectorySet], dominance: Double) -> PaperClaim {
        Figure1.threeStages(traces, dominance: dominance, legacy: true)
    }

    /// C2: paired separation step minority − majority > 0 (never separated ⇒ censored at T), and the
    /// early growth ratio log(slope_min/slope_maj) over [0, T1] inside [log(ε/2), log(2ε)], ε = ε_min/ε_max.
    public static func minorityLater(_ traces: [NeuronTrajectorySet], epsRatio eps: Double) -> PaperClaim {
        var ratios: [Double] = [], nonPositive = 0
        for t in traces {
            if let a = t.majority, let b = t.minority, let i = Figure1.t1Index(t), a.dominant.count > i, b.dominant.count > i {
                let sMaj = a.dominant[i] - a.dominant[0], sMin = b.dominant[i] - b.dominant[0]
                if sMaj <= 0 || sMin <= 0 { nonPositive += 1 }
                ratios.append(Figure1.logRatio(sMin, sMaj))
            } else { ratios.append(.nan) }
        }
        let later = Figure1.separatesLater(traces)
        var subs = ClaimFamily.evaluate([
            later.check,
            .band(id: SubTestID("early-growth-ratio"),
                  rule: "Early growth ∝ ε_j (Lemma 3.1): per seed log(slope_min/slope_maj), slopes of the dominant projection over [0, T1]; PASS if the interval of its mean lies inside [log(ε/2), log(2ε)] with ε = ε_min/ε_max = \(NumberFormat.format(eps, decimals: 2)), FAIL if entirely outside, else INCONCLUSIVE.",
                  values: ratios, low: log(eps / 2), high: log(2 * eps)),
        ])
        subs[0].statistic += later.note
        if nonPositive > 0 { subs[1].statistic += "; \(nonPositive) seed(s) with a non-positive slope left out" }
        return PaperClaim(
            id: .minorityLearnedLater, section: .fig1,
            paperSays: "Minority features are learned later than majority features; in the early phase the projection on feature j grows at a rate proportional to ε_j.",
            reference: "Fig 1, Lemma 3.1", subTests: subs, rule: .allPass)
    }

    /// The old decoupling rule (no error rate): spread (max − min)/max over the whole ε_min grid of
    /// the seed-mean coefficient ratio; PASS if the pruned spread is below half the unpruned one,
    /// FAIL if not below it, else INCONCLUSIVE.
    public static func decoupling(_ sweep: SweepResult, _ v: PruningVariant) -> Verdict {
        func spread(_ pts: [AggregatedPoint]) -> Double {
            let r = pts.map { $0.mean(.coefMinority) / $0.mean(.coefMajority) }.filter(\.isFinite)
            guard let mx = r.max(), let mn = r.min(), mx > 0 else { return .nan }
            return (mx - mn) / mx
        }
        let a = spread(sweep.series(.unpruned(v.dictionary))), b = spread(sweep.series(.variant(v.key)))
        return !(a.isFinite && b.isFinite) ? .inconclusive : (b < 0.5 * a ? .pass : (b >= a ? .fail : .inconclusive))
    }
}
