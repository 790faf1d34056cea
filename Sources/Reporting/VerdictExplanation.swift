import Claims
import Markup
import Results

/// "How this verdict was computed": the one plain-text explanation of a claim's verdict that
/// `clreport explain` prints and each ledger row carries in a folded `<details>` block. Per claim:
/// the paper's words, the verdict and the declared combination rule; per sub-test: its rule (the
/// ledger's text), the per-seed values of each arm (and the paired differences), the statistic with
/// its 95% interval and p-value, the Holm adjustment and the interval that decided, the verdict and
/// why; then for every run the sub-tests read, the command that reproduces it (`ReproduceCommand`).
public enum VerdictExplanation {
    /// The explanation of `claim` (all its sub-tests, or only `subTestID`) from `results`.
    /// Precondition: `subTestID`, when given, names one of the claim's sub-tests.
    public static func text(_ claim: PaperClaim, subTest subTestID: SubTestID? = nil, in results: ReportResults) -> String {
        let subs = claim.subTests.filter { subTestID == nil || $0.id == subTestID }
        precondition(!subs.isEmpty || claim.subTests.isEmpty, "VerdictExplanation: claim \(claim.id) has no sub-test \(subTestID?.rawValue ?? "")")
        var out: [String] = []
        out.append("Claim \(claim.id) (\(claim.reference)): \(claim.verdict.rawValue)")
        out.append("  The paper says: \(claim.paperSays)")
        out.append("  Combination rule (declared): \(claim.rule.description)\(claim.note.isEmpty ? "" : " \(claim.note)")")
        out.append("  Confirmatory sub-tests: \(ClaimLedger.tallyText(claim))\(notApplicableText(claim))")
        for s in subs {
            out.append("")
            out += subTestLines(s)
        }
        out.append("")
        out += runLines(subs, results)
        return out.joined(separator: "\n") + "\n"
    }

    /// "; not applicable: a, b" for the claim's not-applicable sub-tests, or "".
    static func notApplicableText(_ c: PaperClaim) -> String {
        let na = c.subTests.filter(\.notApplicable).map(\.id.rawValue)
        return na.isEmpty ? "" : "; not applicable (left out): \(na.joined(separator: ", "))"
    }

    static func subTestLines(_ s: SubTest) -> [String] {
        var out = ["Sub-test \(s.id): \(s.verdict.rawValue)\(s.exploratory ? " (exploratory: shown, not part of the claim's verdict)" : "")"]
        out.append("  Rule: \(s.rule)")
        guard let e = s.evidence else {
            out.append("  Statistic: \(s.statistic)")
            out.append("  Why: " + (s.rule.hasPrefix("old rule") || s.statistic.isEmpty
                ? "a declared rule without an error rate."
                : "see the statistic; this results.json records no per-seed values for this sub-test (written before `clreport explain`; render the report again to record them)."))
            return out
        }
        out += valueLines(e)
        out += statisticLines(e)
        out.append("  As on the page: \(s.statistic)")
        out.append("  Why \(s.verdict.rawValue): \(why(s, e))")
        return out
    }

    // MARK: per-seed values

    /// A value: an integer as an integer, otherwise 4 decimals; NaN as "NaN".
    static func value(_ v: Double) -> String {
        v.isFinite && v == v.rounded() && abs(v) < 1e12 ? NumberFormat.format(v, decimals: 0) : NumberFormat.format(v, decimals: 4)
    }

    /// "sweep main, series nsr-1, x = 0.05" / "long-tail runs with pruning, ρ = 10".
    static func pointText(_ p: SubTestEvidence.RunPoint) -> String {
        p.sweep == SubTestEvidence.RunPoint.longTail
            ? "long-tail runs \(p.series) pruning, ρ = \(NumberFormat.label(p.x))"
            : "sweep \(p.sweep), series \(p.series), x = \(NumberFormat.label(p.x))"
    }

    static func valueLines(_ e: SubTestEvidence) -> [String] {
        var out: [String] = []
        switch e.design {
        case .paired where e.arms.count == 2:
            let (a, b) = (e.arms[0], e.arms[1])
            out.append("  a = \(a.label) [\(a.points.map(pointText).joined(separator: "; "))]")
            out.append("  b = \(b.label) [\(b.points.map(pointText).joined(separator: "; "))]")
            out.append("  Per seed (paired, d = b − a):")
            var rows = [["seed", "a", "b", "d"]]
            for seed in Array(Set(a.seeds + b.seeds)).sorted() {
                let va = a.seeds.firstIndex(of: seed).map { a.values[$0] } ?? .nan
                let vb = b.seeds.firstIndex(of: seed).map { b.values[$0] } ?? .nan
                rows.append(["\(seed)", value(va), value(vb), value(vb - va)])
            }
            out += table(rows)
        case .oneSample, .band, .paired:
            for arm in e.arms {
                out.append("  Values = \(arm.label) [\(arm.points.map(pointText).joined(separator: "; "))]"
                           + (e.reference.map { ", tested against μ0 = \(value($0))" } ?? "")
                           + (e.band.map { ", against the band [\(value($0[0])), \(value($0[1]))]" } ?? ""))
                out.append("  Per seed:")
                out += table([["seed", "value"]] + zip(arm.seeds, arm.values).map { ["\($0)", value($1)] })
            }
        case .trend:
            out.append("  Per seed, one line per x (ρ is computed on the means over the finite seeds):")
            for arm in e.arms {
                let finite = arm.values.filter(\.isFinite)
                let mean = finite.isEmpty ? Double.nan : finite.reduce(0, +) / Double(finite.count)
                let seeds = zip(arm.seeds, arm.values).map { "s\($0) \(value($1))" }.joined(separator: ", ")
                out.append("    \(arm.label) [\(arm.points.map(pointText).joined(separator: "; "))]: \(seeds); mean \(value(mean))")
            }
        }
        if e.arms.isEmpty { out.append("  Per seed: no runs (nothing to read)") }
        return out
    }

    /// Left-aligned columns, two spaces apart, indented by four.
    static func table(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { r in
            "    " + r.enumerated().map { i, cell in
                i == r.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }

    // MARK: statistic

    static func f3(_ v: Double) -> String { NumberFormat.format(v, decimals: 3) }

    static func interval(_ v: [Double]?) -> String {
        guard let v, v.count == 2 else { return "[NaN, NaN]" }
        return "[\(f3(v[0])), \(f3(v[1]))]"
    }

    static func statisticLines(_ e: SubTestEvidence) -> [String] {
        var out: [String] = []
        switch e.design {
        case .paired, .oneSample:
            let what = e.design == .paired ? "Δ = mean(d)" : "Δ = mean − μ0"
            out.append("  Statistic: \(what) = \(f3(e.estimate)) [95% CI \(f3(e.ci95[0])), \(f3(e.ci95[1]))], n = \(e.n) seeds, Student t with \(max(e.n - 1, 0)) df, \(StatLabel.pEquals(e.p ?? .nan)) (two-sided, unadjusted); claimed \(e.direction == .increase ? "> 0" : "< 0")")
            if let holmP = e.holmP, let rank = e.holmRank, let m = e.holmSize, let alpha = e.holmAlpha {
                out.append("  Holm: \(StatLabel.pEquals(holmP, name: "adjusted p")), rank \(rank) of \(m) t comparisons in the family at family-wise α = \(f3(alpha)); the interval at this Holm step (\(StatLabel.level(e.level ?? 0.95))) is \(interval(e.interval))")
            }
        case .trend:
            out.append("  Statistic: Spearman ρ = \(f3(e.estimate)) [95% bootstrap CI \(f3(e.ci95[0])), \(f3(e.ci95[1]))] over \(e.n) values of x; claimed \(e.direction == .increase ? "> 0 (increasing)" : "< 0 (decreasing)")")
            if let level = e.level { out.append("  Deciding interval: \(StatLabel.level(level)) bootstrap interval \(interval(e.interval)) (the family's level 1 − α/k)") }
        case .band:
            out.append("  Statistic: mean = \(f3(e.estimate)) [95% CI \(f3(e.ci95[0])), \(f3(e.ci95[1]))], n = \(e.n) seeds")
            if let level = e.level { out.append("  Deciding interval: \(StatLabel.level(level)) Student-t interval \(interval(e.interval)) (the family's level 1 − α/k)") }
        }
        return out
    }

    // MARK: why

    static func why(_ s: SubTest, _ e: SubTestEvidence) -> String {
        if let reason = e.withheld {
            return "withheld. Not tested: \(reason). The claim is not judged until this precondition holds."
        }
        if s.notApplicable {
            return "not applicable. Both arms take one and the same value in every seed (a common floor or ceiling), so the data cannot speak to the rule; the sub-test is left out of the family's error-rate split and of the claim's combination rule."
        }
        let side = e.direction == .increase ? "above 0" : "below 0"
        switch e.design {
        case .paired, .oneSample:
            guard let p = e.holmP, let alpha = e.holmAlpha else { return "see the statistic." }
            let pText = StatLabel.pValue(p)
            switch s.verdict {
            case .pass: return "the Holm-adjusted p (\(pText)) is ≤ α = \(f3(alpha)) and Δ = \(f3(e.estimate)) lies on the claimed side (\(side))."
            case .fail: return "the Holm-adjusted p (\(pText)) is ≤ α = \(f3(alpha)) but Δ = \(f3(e.estimate)) lies on the opposite side of the claim."
            case .inconclusive:
                return e.n < 2 ? "fewer than 2 seeds are finite in both arms, so there is no interval."
                    : "the Holm-adjusted p (\(pText)) is > α = \(f3(alpha)): the family does not reject Δ = 0."
            }
        case .trend:
            guard let level = e.level, e.n >= 3 else { return "a trend needs at least 3 values of x with a finite seed." }
            switch s.verdict {
            case .pass: return "the \(StatLabel.level(level)) interval \(interval(e.interval)) lies entirely \(side)."
            case .fail: return "the \(StatLabel.level(level)) interval \(interval(e.interval)) lies entirely on the other side of 0."
            case .inconclusive: return "the \(StatLabel.level(level)) interval \(interval(e.interval)) contains 0."
            }
        case .band:
            let band = e.band.map { "[\(f3($0[0])), \(f3($0[1]))]" } ?? "the band"
            let level = StatLabel.level(e.level ?? 0.95)
            switch s.verdict {
            case .pass: return "the \(level) interval \(interval(e.interval)) lies inside \(band)."
            case .fail: return "the \(level) interval \(interval(e.interval)) lies entirely outside \(band)."
            case .inconclusive: return "the \(level) interval \(interval(e.interval)) is neither inside nor entirely outside \(band)."
            }
        }
    }

    // MARK: runs

    static func runLines(_ subs: [SubTest], _ results: ReportResults) -> [String] {
        var seen = Set<String>(), lines: [String] = []
        for s in subs {
            for (point, seed) in s.evidence?.runs ?? [] {
                let command = ReproduceCommand.line(point, seed: seed, in: results)
                    ?? "(\(pointText(point)), seed \(seed): not in this report's plan)"
                if seen.insert(command).inserted { lines.append("  " + command) }
            }
        }
        guard !lines.isEmpty else { return ["Runs: none recorded."] }
        let longTail = subs.contains { $0.evidence?.runs.contains { $0.point.sweep == SubTestEvidence.RunPoint.longTail } ?? false }
        return ["Runs read (\(lines.count)), each reproduced by:"] + lines
            + (longTail ? ["  (long-tail runs: add --data-dir DIR if the report was given one)"] : [])
    }
}
