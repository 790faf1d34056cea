import Foundation
import Learning
import Markup

/// The report's one labelling convention for uncertainty:
/// tables "mean ± sd (n)" (sample sd over seeds, n finite seeds); claims "Δ = x [95% CI a, b]"
/// (Student-t interval, always at 95%: decisions use Holm-adjusted p values, stated in Methods).
/// Numbers go through `Markup.NumberFormat` (fixed decimals, "NaN" for NaN, never "-0").
public enum StatLabel {
    /// The sentence the page prints once to explain the convention.
    public static let convention = "Tables show mean ± sd (n): the mean over seeds, the sample standard deviation and the number of seeds. Claims show Δ = x [95% CI a, b]: the difference the claim is about and its Student-t 95% confidence interval (paired over seeds where both conditions share seeds); trends show Spearman ρ with its 95% bootstrap interval. Every interval is at 95%; the verdicts are decided by Holm-adjusted p values (and, for trends and bands, by the interval at the family's Bonferroni share of α), as Methods says."

    /// "mean ± sd (n)", e.g. "0.412 ± 0.031 (5)"; "NaN (0)" when there is no finite value. With
    /// `planned` seeds more than the `n` finite ones the count reads "(n = k of N)", e.g.
    /// "0.412 ± 0.031 (n = 2 of 3)".
    public static func table(mean: Double, sd: Double, n: Int, planned: Int? = nil, decimals: Int = 3) -> String {
        let count = planned.map { $0 > n ? NumberFormat.seedCount(finite: n, planned: $0) : "\(n)" } ?? "\(n)"
        guard mean.isFinite else { return "\(NumberFormat.format(mean, decimals: decimals)) (\(count))" }
        return "\(NumberFormat.format(mean, decimals: decimals)) ± \(NumberFormat.format(sd, decimals: decimals)) (\(count))"
    }

    /// "mean ± sd (n)" of a seed summary; "(n = k of N)" when some of its seeds are non-finite.
    public static func table(_ s: SeedSummary, decimals: Int = 3) -> String {
        table(mean: s.mean, sd: s.std, n: s.n, planned: s.planned, decimals: decimals)
    }

    /// "Δ = x [95% CI a, b]" of a comparison: always its 95% interval, whatever level decided it
    /// (decisions use Holm-adjusted p values, said once in Methods); an interval of zero width says so.
    public static func claim(_ c: Comparison, decimals: Int = 3) -> String {
        claim(c, Quantity(decimals: decimals, unit: ""))
    }

    /// "Δ = 2736 steps [95% CI 1647, 3825]": the estimate in its quantity's digits and unit.
    public static func claim(_ c: Comparison, _ q: Quantity) -> String {
        let c95 = c.confidence == 0.95 ? c : c.at(confidence: 0.95)
        let f = { (v: Double) in NumberFormat.format(v * q.scale, decimals: q.decimals) }
        if c95.ciLow.isFinite && c95.ciLow == c95.ciHigh {
            return "Δ = \(f(c.estimate))\(q.suffix) in every seed (no spread, so no interval)"
        }
        return "Δ = \(f(c.estimate))\(q.suffix) [95% CI \(f(c95.ciLow)), \(f(c95.ciHigh))]"
    }

    /// "x [a, b]" of a comparison's 95% interval, for a column headed "Δ [95% CI]".
    public static func interval(_ c: Comparison, decimals: Int = 3) -> String {
        let c95 = c.confidence == 0.95 ? c : c.at(confidence: 0.95)
        let f = { (v: Double) in NumberFormat.format(v, decimals: decimals) }
        return "\(f(c.estimate)) [\(f(c95.ciLow)), \(f(c95.ciHigh))]"
    }

    /// The claim label plus what a reader needs to weigh it: n, p and, for an INCONCLUSIVE
    /// comparison, the smallest effect the design could have detected, e.g.
    /// "Δ = 0.010 [95% CI -0.020, 0.040], n = 5, p = 0.412; detectable |Δ| ≥ 0.052 (80% power)".
    /// Where that size does not exist the reason is named instead (`inconclusiveReason`).
    /// The detectable size is the deciding comparison's (at its Holm level when it is a member).
    public static func claimDetail(_ c: Comparison, decimals: Int = 3) -> String {
        claimDetail(c, Quantity(decimals: decimals, unit: ""))
    }

    public static func claimDetail(_ c: Comparison, _ q: Quantity) -> String {
        var s = "\(claim(c, q)), n = \(c.n), \(pEquals(c.pValue))"
        if c.verdict == .inconclusive {
            s += "; " + (inconclusiveReason(c) ?? "detectable |Δ| ≥ \(NumberFormat.format(c.minimumDetectableEffect * q.scale, decimals: q.decimals))\(q.suffix) (80% power)")
        }
        return s
    }

    /// Why an INCONCLUSIVE comparison has no minimum detectable effect, or nil when it has one:
    /// too few finite seeds for a t interval (SE or ν undefined), or no spread at all (SE = 0, which
    /// with an INCONCLUSIVE verdict means Δ = 0 exactly: every seed gives the same value in both
    /// conditions). A size of 0 would read as "any effect is detectable", which the design cannot say.
    static func inconclusiveReason(_ c: Comparison) -> String? {
        guard c.standardError.isFinite && c.df.isFinite && c.df > 0 else {
            return c.design == .paired
                ? "too few seeds finite in both conditions for an interval"
                : "too few finite seeds in a condition for an interval"
        }
        guard c.standardError > 0 else {
            return c.design == .paired
                ? "every seed's difference is 0 (no spread, so no detectable effect to state)"
                : "every seed gives the same value in both conditions (no spread, so no detectable effect to state)"
        }
        return nil
    }

    /// "ρ = 0.900 [95% CI 0.700, 1.000]" of a trend check (`t` at 95%); "ρ = −1.000 in every
    /// bootstrap resample" when the interval has no width.
    public static func trend(_ t: SpearmanTrend, decimals: Int = 3) -> String {
        let f = { (v: Double) in NumberFormat.format(v, decimals: decimals) }
        if t.low.isFinite && t.low == t.high && t.high == t.rho {
            return "ρ = \(f(t.rho)) in every bootstrap resample (no spread, so no interval)"
        }
        return "ρ = \(f(t.rho)) [\(level(t.confidence)) CI \(f(t.low)), \(f(t.high))]"
    }

    /// "p = 0.012", or "p < 0.001" below that (never "p = < 0.001").
    public static func pEquals(_ p: Double, name: String = "p") -> String {
        let v = pValue(p)
        return v.hasPrefix("<") ? "\(name) \(v)" : "\(name) = \(v)"
    }

    /// A p-value with 3 decimals, "< 0.001" below that, "NaN" when NaN.
    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return NumberFormat.format(p, decimals: 3) }
        return p < 0.001 ? "< 0.001" : NumberFormat.format(p, decimals: 3)
    }

    /// A confidence level as a percentage without trailing zeros: 0.95 → "95%", 0.9875 → "98.75%".
    public static func level(_ confidence: Double) -> String {
        NumberFormat.trimmed(100 * confidence, decimals: 2) + "%"
    }
}
