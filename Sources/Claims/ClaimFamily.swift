import Markup

/// The confirmatory sub-tests of one paper claim, evaluated as one family at family-wise error rate
/// α = 0.05 (declared here, before any run).
///
/// With k sub-tests that spend error rate, of which m_t are t comparisons (`Check.comparison`):
///
///     t comparisons:  Holm–Bonferroni over the m_t of them at family-wise level α·m_t/k;
///     every other check (Spearman bootstrap interval, band test): its interval at level 1 − α/k.
///
/// By the union bound the claim's family-wise error rate is at most α·m_t/k + (k − m_t)·α/k = α; with
/// only t comparisons this is plain Holm at α. `declared` sub-tests have a rule without an error rate
/// (e.g. the decoupling spread) and do not count in k.
public enum ClaimFamily {
    /// The family-wise error rate of every claim.
    public static let alpha = 0.05

    /// One sub-test before the family's multiplicity adjustment.
    public enum Check {
        /// A two-condition (or one-sample: a = the null value) t comparison; PASS when its Holm-adjusted
        /// test rejects with the estimate on the claimed side, FAIL on the other side.
        case comparison(id: SubTestID, rule: String, Comparison)
        /// A Spearman trend of per-seed values over x, bootstrap interval over seeds; PASS when the
        /// interval lies on the claimed side of 0, FAIL when on the other side.
        case trend(id: SubTestID, rule: String, groups: [(x: Double, values: [Double])], direction: ClaimedDirection)
        /// The mean of per-seed values against a band [low, high]: Student-t interval of the mean;
        /// PASS when the interval lies inside the band, FAIL when it lies entirely outside, else INCONCLUSIVE.
        case band(id: SubTestID, rule: String, values: [Double], low: Double, high: Double)
        /// A sub-test with its own declared rule and no error rate to share.
        case declared(SubTest)
        /// `check` with the runs and per-seed values it reads: its sub-test then carries a
        /// `SubTestEvidence` (arms, 95% interval, deciding interval, Holm adjustment).
        indirect case reading(Check, SubTestEvidence.Reads)
        /// `check` printed in `Quantity`'s digits and unit (steps, neurons, points); `.ratio` without it.
        indirect case measured(Check, Quantity)

        /// `self` printed as `quantity` (e.g. `.steps`).
        public func measured(_ quantity: Quantity) -> Check { .measured(self, quantity) }

        /// The quantity given with `measured`, or nil.
        var quantity: Quantity? {
            switch self {
            case .measured(let c, let q): return c.quantity ?? q
            case .reading(let c, _): return c.quantity
            default: return nil
            }
        }

        /// `self` with the arms (runs and per-seed values) it reads; `reference` is μ0 of a one-sample test.
        public func reading(_ arms: [SubTestEvidence.Arm], against reference: Double? = nil) -> Check {
            .reading(self, SubTestEvidence.Reads(arms: arms, reference: reference))
        }

        /// The check without its `reading` and `measured` wrappers.
        public var core: Check {
            switch self {
            case .reading(let c, _), .measured(let c, _): return c.core
            default: return self
            }
        }

        /// The arms given with `reading`, or nil.
        var reads: SubTestEvidence.Reads? {
            switch self {
            case .reading(let c, let r): return c.reads ?? r
            case .measured(let c, _): return c.reads
            default: return nil
            }
        }
    }

    /// The sub-tests of `checks`, in order, after the family's adjustment; all marked exploratory when
    /// `exploratory` (an exploratory family is adjusted on its own, with the same α).
    public static func evaluate(_ checks: [Check], alpha: Double = alpha, exploratory: Bool = false) -> [SubTest] {
        precondition(alpha > 0 && alpha < 1, "ClaimFamily: α = \(alpha) not in (0, 1)")
        // A comparison whose two arms sit at the same constant for every seed is not applicable: it
        // spends no error rate and does not enter the claim's rule.
        let reads = checks.map(\.reads), quantities = checks.map { $0.quantity ?? .ratio }
        let checks = checks.map(\.core)
        let applicable = checks.map { check -> Bool in
            if case .comparison(_, _, let cmp) = check { return !cmp.isAtCommonFloor }
            return true
        }
        let k = zip(checks, applicable).filter { c, a in
            if case .declared = c { return false }
            return a
        }.count
        var comparisons: [Comparison] = []
        for (c, a) in zip(checks, applicable) { if case .comparison(_, _, let cmp) = c, a { comparisons.append(cmp) } }
        let holm = comparisons.isEmpty ? nil
            : HolmFamily(comparisons, alpha: alpha * Double(comparisons.count) / Double(k))
        let level = k > 0 ? 1 - alpha / Double(k) : 1 - alpha
        var next = 0
        return zip(checks, applicable).enumerated().map { i, pair -> SubTest in
            let (check, isApplicable) = pair
            var s: SubTest
            switch check {
            case .comparison(let id, let rule, let cmp) where !isApplicable:
                s = SubTest(id: id, rule: rule,
                            statistic: "not applicable: both arms take one and the same value in every one of the \(cmp.n) seeds, a common floor or ceiling",
                            verdict: .inconclusive, notApplicable: true)
                s.evidence = reads[i].map { evidence(cmp, $0, decided: nil) }
            case .comparison(let id, let rule, let cmp):
                let member = holm!.members[next]; next += 1
                s = SubTest(id: id, rule: rule, holm: member, quantity: quantities[i])
                s.evidence = reads[i].map { r in
                    var e = evidence(cmp, r, decided: member.comparison)
                    e.holmP = member.adjustedP; e.holmRank = member.rank; e.holmSize = holm!.members.count; e.holmAlpha = holm!.alpha
                    return e
                }
            case .trend(let id, let rule, let groups, let direction):
                let t = SpearmanTrend(groups: groups, confidence: level)
                let t95 = level == 0.95 ? t : SpearmanTrend(groups: groups, confidence: 0.95)
                s = SubTest(id: id, rule: rule, trend: t, direction: direction, shown: t95)
                s.statistic += " over \(t.points) values of x"
                if t.points < 3 { s.statistic += "; needs ≥ 3 values of x with a finite seed" }
                else if s.verdict == .inconclusive {
                    s.statistic += "; its \(StatLabel.level(level)) interval (the family's share of α) spans \(NumberFormat.format(t.low, decimals: 3)) to \(NumberFormat.format(t.high, decimals: 3)) and must clear 0 to decide"
                }
                s.evidence = reads[i].map { r in
                    var e = SubTestEvidence(design: .trend, arms: r.arms, direction: direction, estimate: t.rho, n: t.points,
                                            ci95: [t95.low, t95.high])
                    e.level = t.confidence; e.interval = [t.low, t.high]
                    return e
                }
            case .band(let id, let rule, let values, let low, let high):
                s = band(id: id, rule: rule, values: values, low: low, high: high, confidence: level)
                s.evidence = reads[i].map { r in
                    let c = bandInterval(values, confidence: 0.95), d = bandInterval(values, confidence: level)
                    var e = SubTestEvidence(design: .band, arms: r.arms, direction: .increase, estimate: c.estimate, n: c.n,
                                            ci95: [c.ciLow, c.ciHigh])
                    e.level = level; e.interval = [d.ciLow, d.ciHigh]; e.band = [low, high]
                    return e
                }
            case .declared(let sub):
                s = sub
            case .reading, .measured:
                preconditionFailure("ClaimFamily.evaluate: checks are unwrapped above")
            }
            s.exploratory = exploratory
            return s
        }
    }

    /// The evidence of a t comparison: arms, Δ, its 95% interval and p, and the interval that decided.
    static func evidence(_ cmp: Comparison, _ r: SubTestEvidence.Reads, decided: Comparison?) -> SubTestEvidence {
        let c95 = cmp.at(confidence: 0.95)
        var e = SubTestEvidence(design: r.reference == nil ? .paired : .oneSample, arms: r.arms, direction: cmp.direction,
                                estimate: cmp.estimate, n: cmp.n, ci95: [c95.ciLow, c95.ciHigh])
        e.reference = r.reference
        e.p = cmp.pValue
        if let decided { e.level = decided.confidence; e.interval = [decided.ciLow, decided.ciHigh] }
        return e
    }

    /// The Student-t interval of the mean of the finite `values` (the band test's interval).
    static func bandInterval(_ values: [Double], confidence: Double) -> Comparison {
        Comparison.paired(a: values.map { _ in 0 }, b: values, direction: .increase, confidence: confidence)
    }

    /// The band test: Student-t interval [a, b] of the mean of the finite `values` at `confidence`;
    /// PASS if low ≤ a and b ≤ high, FAIL if b < low or a > high, else INCONCLUSIVE (also with < 2 values).
    static func band(id: SubTestID, rule: String, values: [Double], low: Double, high: Double, confidence: Double) -> SubTest {
        precondition(low < high, "ClaimFamily.band: band [\(low), \(high)] is empty")
        let c = bandInterval(values, confidence: confidence)
        let verdict: Verdict = !(c.ciLow.isFinite && c.ciHigh.isFinite) ? .inconclusive
            : (c.ciLow >= low && c.ciHigh <= high ? .pass : (c.ciHigh < low || c.ciLow > high ? .fail : .inconclusive))
        let c95 = confidence == 0.95 ? c : bandInterval(values, confidence: 0.95)
        var text = "mean = \(NumberFormat.format(c.estimate, decimals: 3)) [95% CI \(NumberFormat.format(c95.ciLow, decimals: 3)), \(NumberFormat.format(c95.ciHigh, decimals: 3))], n = \(c.n); band [\(NumberFormat.format(low, decimals: 3)), \(NumberFormat.format(high, decimals: 3))]"
        if verdict == .inconclusive && c.ciLow.isFinite {
            text += "; its \(StatLabel.level(confidence)) interval (the family's share of α) is \(NumberFormat.format(c.ciHigh - c.ciLow, decimals: 3)) wide against a band \(NumberFormat.format(high - low, decimals: 3)) wide"
        } else if c.n < 2 {
            text += "; needs ≥ 2 finite seeds"
        }
        return SubTest(id: id, rule: rule, statistic: text, verdict: verdict)
    }
}
