import Foundation
import Learning
import Markup

/// The claim checks of SPEC §1 that the synthetic sweeps address. Each check declares its statistic
/// and tolerance here, next to the code that computes it; the verdict comes only from the numbers.
public enum SyntheticClaims {
    /// Declared tolerances.
    static let spearmanPass = 0.8          // monotone trend: Spearman ρ_s of seed means ≥ 0.8
    static let standardErrors = Statistics.significanceFactor  // a difference counts beyond 2 standard errors
    static let smallEps = 0.2              // "minority" regime of the pruning claims: ε_min ≤ 0.2

    public static func evaluate(plan: ReportPlan, sweeps: [SweepResult], trajectories: [NeuronTrajectorySet]) -> [ClaimResult] {
        var claims: [ClaimResult] = []
        claims += stageClaims(trajectories)
        if let main = sweeps.first(where: { $0.id == "main" }) { claims += sweepClaims(main, nsrs: plan.profile.nsrs) }
        if let pruning = sweeps.first(where: { $0.id == "pruning" }) { claims += pruningClaims(pruning, variants: plan.variants) }
        return claims
    }

    static func fmt(_ v: Double, _ d: Int = 3) -> String { NumberFormat.format(v, decimals: d) }

    // MARK: Fig 1

    static func stageClaims(_ traces: [NeuronTrajectorySet]) -> [ClaimResult] {
        let n = traces.count
        let ordered = traces.filter { t in
            guard let m = t.majority, let s = m.separationStep, let c = m.stage3Step else { return false }
            return s <= c
        }.count
        let verdict1: Verdict = n < 2 ? .inconclusive : (ordered == n ? .pass : (ordered == 0 ? .fail : .inconclusive))
        let steps = traces.map { t in "seed \(t.seed): separation \(t.majority?.separationStep.map(String.init) ?? "never"), stage 3 \(t.majority?.stage3Step.map(String.init) ?? "never")" }
        let c1 = ClaimResult(
            id: "three-stages-majority", section: "fig1",
            paperSays: "A lucky neuron's weights go through growth, separation (its dominant feature outgrows all others) and convergence (other components negligible).",
            test: "In every seed the lucky majority neuron reaches separation (dominant projection above every other projection and the noise norm until the end) and then stage 3 (dominant ≥ stage3Dominance × both until the end). PASS if all seeds (≥ 2), FAIL if none, else INCONCLUSIVE.",
            measured: "\(ordered) of \(n) seeds — " + steps.joined(separator: "; "), verdict: verdict1)

        var later = 0
        var minorityDetail: [String] = []
        for t in traces {
            let maj = t.majority?.separationStep ?? Int.max, mnr = t.minority?.separationStep ?? Int.max
            if mnr > maj { later += 1 }
            minorityDetail.append("seed \(t.seed): minority separation \(t.minority?.separationStep.map(String.init) ?? "never"), stage 3 \(t.minority?.stage3Step.map(String.init) ?? "not reached")")
        }
        let verdict2: Verdict = n < 2 ? .inconclusive : (later == n ? .pass : (later * 2 <= n ? .fail : .inconclusive))
        let c2 = ClaimResult(
            id: "minority-learned-late", section: "fig1",
            paperSays: "Minority features are learned later than majority features.",
            test: "The lucky minority neuron separates strictly later than the lucky majority neuron (never counts as later) in every seed: PASS if all seeds (≥ 2), FAIL if at most half, else INCONCLUSIVE.",
            measured: "\(later) of \(n) seeds later — " + minorityDetail.joined(separator: "; "), verdict: verdict2)
        return [c1, c2]
    }

    // MARK: Figs 2–5

    /// Verdict for "a trend holds at every NSR": PASS if ρ_s ≥ 0.8 (or ≤ −0.8 for a decreasing claim)
    /// at every NSR, FAIL if any NSR has the opposite sign or no trend (ρ_s ≤ 0 in the claimed direction), else INCONCLUSIVE.
    static func trendVerdict(_ rhos: [Double], increasing: Bool) -> Verdict {
        let signed = rhos.map { increasing ? $0 : -$0 }
        if signed.contains(where: { !$0.isFinite }) { return .inconclusive }
        if signed.allSatisfy({ $0 >= spearmanPass }) { return .pass }
        if signed.contains(where: { $0 <= 0 }) { return .fail }
        return .inconclusive
    }

    static func trend(_ sweep: SweepResult, nsrs: [Double], metric: (AggregatedPoint) -> Double) -> [Double] {
        nsrs.map { nsr in
            let pts = sweep.series("nsr-\(ReportPlan.label(nsr))")
            return Statistics.spearman(pts.map(\.x), pts.map(metric))
        }
    }

    static func rhoText(_ nsrs: [Double], _ rhos: [Double]) -> String {
        zip(nsrs, rhos).map { "NSR \(ReportPlan.label($0)): ρ_s = \(fmt($1, 2))" }.joined(separator: "; ")
    }

    static func sweepClaims(_ main: SweepResult, nsrs: [Double]) -> [ClaimResult] {
        var out: [ClaimResult] = []
        let aligned = trend(main, nsrs: nsrs) { $0.mean("alignedMinority") }
        out.append(ClaimResult(
            id: "fewer-minority-neurons", section: "fig2",
            paperSays: "Minority features are learned by fewer neurons; more balance means more aligned minority neurons.",
            test: "Spearman ρ_s between ε_min and the seed-mean number of neurons aligned (cos ≥ threshold) with a minority feature ≥ 0.8 at every NSR: PASS; ρ_s ≤ 0 at some NSR: FAIL; else INCONCLUSIVE.",
            measured: rhoText(nsrs, aligned), verdict: trendVerdict(aligned, increasing: true)))

        let ratio = trend(main, nsrs: nsrs) { $0.mean("coefMinority") / $0.mean("coefMajority") }
        out.append(ClaimResult(
            id: "minority-smaller-magnitude", section: "fig3",
            paperSays: "Minority features are learned with a smaller coefficient, roughly ∝ ε_j/ε_max.",
            test: "Spearman ρ_s between ε_min and the ratio of learned coefficients max_i|⟨w_i,M_j⟩| (minority / majority, seed means) ≥ 0.8 at every NSR: PASS; ≤ 0 somewhere: FAIL; else INCONCLUSIVE.",
            measured: rhoText(nsrs, ratio), verdict: trendVerdict(ratio, increasing: true)))

        if nsrs.count >= 2, let lo = nsrs.min(), let hi = nsrs.max() {
            let low = main.series("nsr-\(ReportPlan.label(lo))"), high = main.series("nsr-\(ReportPlan.label(hi))")
            var worse = 0, total = 0
            var detail: [String] = []
            for p in low { if let q = high.first(where: { $0.x == p.x }) {
                total += 1
                let a = p.mean("maxCosMinority"), b = q.mean("maxCosMinority")
                if b < a { worse += 1 }
                detail.append("ε \(ReportPlan.label(p.x)): \(fmt(a)) → \(fmt(b))")
            } }
            let v: Verdict = total == 0 ? .inconclusive : (worse == total ? .pass : (worse * 2 < total ? .fail : .inconclusive))
            out.append(ClaimResult(
                id: "noise-hurts-minority", section: "fig3",
                paperSays: "Higher noise makes minority feature learning worse.",
                test: "Seed-mean minority max-cosine at the highest NSR is below that at the lowest NSR at every ε_min: PASS; at fewer than half: FAIL; else INCONCLUSIVE.",
                measured: "lower at \(worse) of \(total) ε_min values (NSR \(ReportPlan.label(lo)) → \(ReportPlan.label(hi))): " + detail.joined(separator: ", "),
                verdict: v))
        }

        let cos = trend(main, nsrs: nsrs) { $0.mean("positivePairCosine") }
        out.append(ClaimResult(
            id: "balance-improves-representation", section: "fig4",
            paperSays: "Imbalance hurts representation quality.",
            test: "Spearman ρ_s between ε_min and the seed-mean positive-pair cosine ≥ 0.8 at every NSR: PASS; ≤ 0 somewhere: FAIL; else INCONCLUSIVE.",
            measured: rhoText(nsrs, cos), verdict: trendVerdict(cos, increasing: true)))

        let mse = trend(main, nsrs: nsrs) { $0.mean("regressionMSEMinority") }
        out.append(ClaimResult(
            id: "balance-improves-minority-regression", section: "fig5",
            paperSays: "Downstream error on minority features is higher under imbalance.",
            test: "Spearman ρ_s between ε_min and the seed-mean normalised test MSE of the minority-target ridge probe ≤ −0.8 at every NSR: PASS; ≥ 0 somewhere: FAIL; else INCONCLUSIVE.",
            measured: rhoText(nsrs, mse), verdict: trendVerdict(mse, increasing: false)))
        return out
    }
}
