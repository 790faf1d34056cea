import Foundation
import Learning
import Markup

/// The rules the committed reference before the factorial map used, kept only so that the page's
/// rule-change log can show each changed rule's verdict beside the new one on the same data. No
/// verdict of the report comes from here.
enum LegacyRules {

    /// C1: stage 1 (noise norm and one noise direction), separation and convergence as one-sample t
    /// tests over seeds on the lucky majority neuron (Holm over the four); the same four on the lucky
    /// minority neuron are reported alongside as an exploratory family.
    static func threeStages(_ traces: [NeuronTrajectorySet], dominance: Double) -> PaperClaim {
        func checks(_ pick: (NeuronTrajectorySet) -> NeuronTrace?, _ prefix: String, _ who: String) -> [ClaimFamily.Check] {
            func per(_ f: (NeuronTrajectorySet, NeuronTrace) -> Double) -> [Double] {
                traces.map { t in pick(t).map { f(t, $0) } ?? .nan }
            }
            let s1 = per { Figure1.stage1($0, $1, \.noise) }, s1d = per { Figure1.stage1($0, $1, \.noiseDirection) }
            let fin = per { Figure1.finalDominance($1) }
            return [
                .comparison(id: prefix + "stage1-noise-norm",
                            rule: "Stage 1 (\(who) neuron): per seed log(dom(T1)/dom(0)) − log(noise norm(T1)/noise norm(0)) over [0, T1]; one-sample t over seeds, claimed > 0.",
                            SyntheticClaims.oneSample(s1, against: 0, .increase)),
                .comparison(id: prefix + "stage1-noise-direction",
                            rule: "Stage 1 (\(who) neuron) on one random noise direction v: per seed log(dom(T1)/dom(0)) − log(|⟨w,v⟩|(T1)/|⟨w,v⟩|(0)); one-sample t, claimed > 0.",
                            SyntheticClaims.oneSample(s1d, against: 0, .increase)),
                .comparison(id: prefix + "separation",
                            rule: "Separation (\(who) neuron): per seed log(dom / max(strongest other, noise norm)) at the end; one-sample t, claimed > 0.",
                            SyntheticClaims.oneSample(fin, against: 0, .increase)),
                .comparison(id: prefix + "convergence",
                            rule: "Convergence (\(who) neuron): the same end statistic against log(stage3Dominance) = log(\(NumberFormat.format(dominance, decimals: 1))) (dominant ≥ \(NumberFormat.format(dominance, decimals: 1)) × every other component); one-sample t, claimed above.",
                            SyntheticClaims.oneSample(fin, against: log(dominance), .increase)),
            ]
        }
        let subs = ClaimFamily.evaluate(checks(\.majority, "", "majority"))
            + ClaimFamily.evaluate(checks(\.minority, "minority-", "minority"), exploratory: true)
        return PaperClaim(
            id: "three-stages", section: .fig1,
            paperSays: "Neuron weights go through three stages: (1) weights grow along feature directions while noise directions shrink; (2) a lucky neuron's projection on its dominant feature outgrows all others (separation); (3) convergence: the neuron is dominated by its learned feature, other components negligible.",
            reference: "Fig 1", subTests: subs, rule: .allPass,
            note: "Judged on the lucky majority neuron (\(traces.count) seeds); the minority neuron's four sub-tests are reported alongside as exploratory (own Holm family, not in the verdict).")
    }


    /// C2: paired separation step minority − majority > 0 (never separated ⇒ censored at T), and the
    /// early growth ratio log(slope_min/slope_maj) over [0, T1] inside [log(ε/2), log(2ε)], ε = ε_min/ε_max.
    static func minorityLater(_ traces: [NeuronTrajectorySet], epsRatio eps: Double) -> PaperClaim {
        var maj: [Double] = [], mnr: [Double] = [], ratios: [Double] = []
        var censoredMaj = 0, censoredMin = 0, nonPositive = 0
        for t in traces {
            let end = Double(t.steps.last ?? 0)
            if let a = t.majority, let b = t.minority {
                if a.separationStep == nil { censoredMaj += 1 }
                if b.separationStep == nil { censoredMin += 1 }
                maj.append(a.separationStep.map(Double.init) ?? end)
                mnr.append(b.separationStep.map(Double.init) ?? end)
                if let i = Figure1.t1Index(t), a.dominant.count > i, b.dominant.count > i {
                    let sMaj = a.dominant[i] - a.dominant[0], sMin = b.dominant[i] - b.dominant[0]
                    if sMaj <= 0 || sMin <= 0 { nonPositive += 1 }
                    ratios.append(Figure1.logRatio(sMin, sMaj))
                } else { ratios.append(.nan) }
            } else { maj.append(.nan); mnr.append(.nan); ratios.append(.nan) }
        }
        var subs = ClaimFamily.evaluate([
            .comparison(id: "separates-later",
                        rule: "Paired per seed: separation step of the lucky minority neuron − that of the lucky majority neuron; claimed > 0. A neuron that never separates is censored at the last step T.",
                        Comparison.paired(a: maj, b: mnr, direction: .increase)),
            .band(id: "early-growth-ratio",
                  rule: "Early growth ∝ ε_j (Lemma 3.1): per seed log(slope_min/slope_maj), slopes of the dominant projection over [0, T1]; PASS if the interval of its mean lies inside [log(ε/2), log(2ε)] with ε = ε_min/ε_max = \(NumberFormat.format(eps, decimals: 2)), FAIL if entirely outside, else INCONCLUSIVE.",
                  values: ratios, low: log(eps / 2), high: log(2 * eps)),
        ])
        subs[0].statistic += "; never separated (censored at T): \(censoredMin) minority, \(censoredMaj) majority of \(traces.count)"
        if nonPositive > 0 { subs[1].statistic += "; \(nonPositive) seed(s) with a non-positive slope left out" }
        return PaperClaim(
            id: "minority-learned-later", section: .fig1,
            paperSays: "Minority features are learned later than majority features; in the early phase the projection on feature j grows at a rate proportional to ε_j.",
            reference: "Fig 1, Lemma 3.1", subTests: subs, rule: .allPass)
    }

    /// The old decoupling rule (no error rate): spread (max − min)/max over the whole ε_min grid of
    /// the seed-mean coefficient ratio; PASS if the pruned spread is below half the unpruned one,
    /// FAIL if not below it, else INCONCLUSIVE.
    static func decoupling(_ sweep: SweepResult, _ v: PruningVariant) -> Verdict {
        func spread(_ pts: [AggregatedPoint]) -> Double {
            let r = pts.map { $0.mean(.coefMinority) / $0.mean(.coefMajority) }.filter(\.isFinite)
            guard let mx = r.max(), let mn = r.min(), mx > 0 else { return .nan }
            return (mx - mn) / mx
        }
        let a = spread(sweep.series(.unpruned(v.dictionary))), b = spread(sweep.series(.variant(v.key)))
        return !(a.isFinite && b.isFinite) ? .inconclusive : (b < 0.5 * a ? .pass : (b >= a ? .fail : .inconclusive))
    }
}
