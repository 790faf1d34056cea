import Claims
import Foundation
import Learning
import LongTail
import Markup

/// The "What we see" line under Fig R7 (without its prefix), computed from the long-tail table: the paired pruning effect
/// on accuracy at every ρ ≥ `LongTailClaims.imbalancedFrom`, beside the paper's CIFAR10-LT gain at
/// the same ρ (SPEC §7). With Δ_s = acc_with,s − acc_without,s over the seeds finite in both,
///
///     Δ = mean_s Δ_s,   CI₉₅ = Δ ± t_{0.975, n−1} · sd(Δ)/√n,
///
/// each ρ reads "gain" when CI₉₅ lies above 0, "loss" when below, "no detectable change" otherwise.
/// Descriptive only: the verdicts are the claim's sub-tests (Holm within the claim).
enum LongTailObserved {
    static func sentence(_ t: LongTailTable) -> String? {
        let rows = t.rows.filter { $0.rho >= LongTailClaims.imbalancedFrom }
        guard !rows.isEmpty else { return nil }
        let f = { (v: Double) in NumberFormat.signed(100 * v, decimals: 2) }, g = { (v: Double) in NumberFormat.format(100 * v, decimals: 2) }
        var parts: [String] = [], reads: [String] = []
        for r in rows {
            let c = Comparison.paired(a: r.perSeedAccuracyWithout, b: r.perSeedAccuracyWith, direction: .increase)
            guard c.n >= 2, c.ciLow.isFinite else { continue }
            var part = "\(f(c.estimate)) pts [95% CI \(g(c.ciLow)), \(g(c.ciHigh))] at ρ = \(NumberFormat.label(r.rho))"
            if let p = LongTailTableHTML.paperCIFAR10[r.rho] {
                part += " (paper, CIFAR10-LT: \(NumberFormat.signed(p.1 - p.0, decimals: 2)))"
            }
            parts.append(part)
            reads.append(c.ciLow > 0 ? "gain" : c.ciHigh < 0 ? "loss" : "none")
        }
        guard !parts.isEmpty else { return nil }
        let summary: String
        if reads.allSatisfy({ $0 == "gain" }) {
            summary = "a gain at every ρ, in the paper's direction"
        } else if reads.allSatisfy({ $0 == "none" }) {
            summary = "no detectable change at any ρ, where the paper reports gains of several points"
        } else if reads.allSatisfy({ $0 == "loss" }) {
            summary = "a loss at every ρ, against the paper's direction"
        } else {
            summary = "mixed: " + zip(rows.map(\.rho), reads).map { "\($1 == "none" ? "no detectable change" : $1) at ρ = \(NumberFormat.label($0))" }.joined(separator: ", ")
        }
        return "pruning changes probe accuracy by " + parts.joined(separator: " and ") + " — " + summary + "."
    }

    /// The "What we see" line under Fig R8: the paired change of the head–tail gap Δ20 at the largest
    /// ρ (Δ = Δ20_with − Δ20_without per seed, 95 % t interval), beside the paper's CIFAR10-LT change
    /// at that ρ; "narrower" when the interval lies below 0, "wider" above, otherwise no detectable change.
    static func gapSentence(_ t: LongTailTable) -> String? {
        guard let r = t.rows.max(by: { $0.rho < $1.rho }) else { return nil }
        let c = Comparison.paired(a: r.perSeedGapWithout, b: r.perSeedGapWith, direction: .decrease)
        guard c.n >= 2, c.ciLow.isFinite else { return nil }
        let g = { (v: Double) in NumberFormat.format(100 * v, decimals: 2) }
        var s = "at ρ = \(NumberFormat.label(r.rho)) pruning changes the head–tail gap Δ20 by \(NumberFormat.signed(100 * c.estimate, decimals: 2)) pts [95% CI \(g(c.ciLow)), \(g(c.ciHigh))]"
        if let p = LongTailTableHTML.paperCIFAR10[r.rho] { s += " (paper, CIFAR10-LT: \(NumberFormat.signed(p.3 - p.2, decimals: 2)))" }
        let read = c.ciHigh < 0 ? "the gap narrows, as the paper expects" : c.ciLow > 0 ? "the gap widens, against the paper's direction" : "no detectable change in the gap"
        return s + " — " + read + "."
    }
}
