import Foundation
import Markup

/// Claim checks of SPEC §7 (the paper's long-tailed table) against our measured runs.
///
/// Every check compares "with pruning" against "without pruning" at the same ρ, seed by seed
/// groups, with `Statistics.directional` (difference of means and its standard error
/// √(s_w²/n_w + s_o²/n_o); diverged runs are NaN and left out, and counted in the text).
/// At least 2 finite seeds per arm are needed; otherwise a check is INCONCLUSIVE.
public enum LongTailClaims {
    /// Standard errors a difference must clear (declared tolerance of every check below).
    public static let k = Statistics.significanceFactor
    /// Spearman correlation of the pruning gain with ρ needed for "the gain grows with ρ".
    public static let spearmanPass = 0.8
    /// Imbalance at which the paper's accuracy gains are large (its table: +5.7 to +8.0 points).
    public static let imbalancedFrom = 10.0

    public static func evaluate(_ results: [Double: (without: [LongTailResult], with: [LongTailResult])]) -> [ClaimResult] {
        let rhos = results.keys.sorted()
        let imbalanced = rhos.filter { $0 >= imbalancedFrom }
        func values(_ r: [LongTailResult], _ key: KeyPath<LongTailResult, Double>) -> [Double] { r.map { $0[keyPath: key] } }
        func pct(_ v: Double) -> String { NumberFormat.signed(100 * v, decimals: 2) }
        func mag(_ v: Double) -> String { NumberFormat.format(100 * v, decimals: 2) }
        func diverged(_ rho: Double) -> String {
            let (o, w) = results[rho]!
            let d = o.filter(\.diverged).count + w.filter(\.diverged).count
            return d > 0 ? ", \(d) diverged" : ""
        }

        /// Per-ρ directional checks combined: PASS when every ρ ≥ 10 passes, FAIL when any fails,
        /// INCONCLUSIVE otherwise (or when no ρ ≥ 10 was run).
        func perRho(_ key: KeyPath<LongTailResult, Double>, direction: Double) -> (Verdict, String) {
            var verdicts: [Verdict] = [], parts: [String] = []
            for rho in imbalanced {
                let (o, w) = results[rho]!
                let r = Statistics.directional(values(o, key), values(w, key), direction: direction, k: k)
                verdicts.append(r.verdict)
                parts.append("ρ=\(ReportPlan.label(rho)): \(pct(r.diff)) ± \(mag(r.se)) pts (n=\(o.count)/\(w.count)\(diverged(rho))) \(r.verdict.rawValue)")
            }
            let verdict: Verdict = verdicts.isEmpty ? .inconclusive
                : verdicts.contains(.fail) ? .fail
                : verdicts.allSatisfy { $0 == .pass } ? .pass : .inconclusive
            return (verdict, parts.isEmpty ? "no run with ρ ≥ \(ReportPlan.label(imbalancedFrom))" : parts.joined(separator: "; "))
        }

        var claims: [ClaimResult] = []

        // Claim 1: accuracy rises with pruning at every ρ ≥ 10.
        let (accVerdict, accText) = perRho(\.accuracy, direction: +1)
        claims.append(ClaimResult(
            id: "lt-pruning-raises-accuracy", section: .longTail,
            paperSays: "Pruning raises linear-probe accuracy on long-tailed data (CIFAR-10-LT: +5.7, +8.0, +7.1 points at ρ = 10, 50, 100).",
            test: "At every ρ ≥ 10: gain = mean acc(with) − mean acc(without) over seeds; PASS if gain > \(ReportPlan.label(k)) SE at every such ρ, FAIL if gain < −\(ReportPlan.label(k)) SE at any, otherwise INCONCLUSIVE (≥ 2 seeds per arm).",
            measured: "accuracy gain " + accText, verdict: accVerdict))

        // Claim 2: the head–tail gap Δ20 shrinks with pruning at every ρ ≥ 10.
        let (gapVerdict, gapText) = perRho(\.headTailGap, direction: -1)
        claims.append(ClaimResult(
            id: "lt-pruning-shrinks-gap", section: .longTail,
            paperSays: "Pruning narrows the head–tail accuracy gap Δ20 (e.g. CIFAR-100-LT ρ = 100: 7.11 → 4.38).",
            test: "At every ρ ≥ 10: change = mean Δ20(with) − mean Δ20(without); PASS if change < −\(ReportPlan.label(k)) SE at every such ρ, FAIL if change > +\(ReportPlan.label(k)) SE at any, otherwise INCONCLUSIVE (≥ 2 seeds per arm).",
            measured: "Δ20 change " + gapText, verdict: gapVerdict))

        // Claim 3: the accuracy gain grows with ρ.
        var gains: [Double] = [], ses: [Double] = [], gainRhos: [Double] = [], enoughSeeds = true
        for rho in rhos {
            let (o, w) = results[rho]!
            let a = values(o, \.accuracy), b = values(w, \.accuracy)
            if a.filter(\.isFinite).count < 2 || b.filter(\.isFinite).count < 2 { enoughSeeds = false }
            let (d, se) = Statistics.meanDifference(a, b)
            if d.isFinite { gains.append(d); ses.append(se); gainRhos.append(rho) }
        }
        var growVerdict = Verdict.inconclusive
        var growText = "gains " + zip(gainRhos, gains).map { "ρ=\(ReportPlan.label($0)): \(pct($1))" }.joined(separator: ", ") + " pts"
        if gains.count >= 3 && enoughSeeds {
            let rs = Statistics.spearman(gainRhos, gains)
            let spread = gains.last! - gains.first!
            let spreadSE = (ses.last! * ses.last! + ses.first! * ses.first!).squareRoot()
            growText += "; Spearman " + NumberFormat.format(rs, decimals: 2)
                + "; gain(ρ max) − gain(ρ min) = \(pct(spread)) ± \(mag(spreadSE)) pts"
            if rs >= spearmanPass && spread > k * spreadSE && gains.last! > 0 { growVerdict = .pass }
            else if rs <= 0 && spread < -k * spreadSE { growVerdict = .fail }
        } else {
            growText += "; needs ≥ 3 values of ρ with ≥ 2 finite seeds per arm"
        }
        claims.append(ClaimResult(
            id: "lt-gain-grows-with-rho", section: .longTail,
            paperSays: "The benefit of pruning grows with the imbalance ρ (CIFAR-10-LT: +0.6 at ρ = 1, +5.7 to +8.0 at ρ ≥ 10).",
            test: "Spearman correlation of the mean accuracy gain with ρ over all ρ run: PASS if ≥ \(spearmanPass), gain at the largest ρ exceeds gain at the smallest by > \(ReportPlan.label(k)) SE and is positive (a shrinking loss is not a growing benefit); FAIL if ≤ 0 and it is below by > \(ReportPlan.label(k)) SE; otherwise INCONCLUSIVE (≥ 3 values of ρ, ≥ 2 seeds per arm).",
            measured: growText, verdict: growVerdict))
        return claims
    }
}
