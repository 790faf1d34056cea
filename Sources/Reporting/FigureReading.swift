import Claims
import Experiments
import Markup
import Results
import SVGCharts

/// A figure that says, under each of its charts, what the data show against what the paper
/// predicts (issue 25 item 3): the "What we see" line, computed from the results (plotted means
/// and the sub-tests that read them), never a fixed string.
protocol FigureReading {
    /// The "What we see" sentence of one of the figure's charts, without the "What we see:"
    /// prefix; nil for another figure's chart or when the results lack the data.
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String?
}

/// Helpers that word a figure's reading: values with their unit, and how the sub-tests a figure
/// plots stand against the paper, in words that follow their verdicts (a FAIL never reads as
/// agreement).
enum WhatWeSee {
    /// The reading of chart `chartID` from the first figure that has one.
    static func line(_ chartID: String, _ r: ReportResults) -> String? {
        for f in FigureBuilder.figures {
            if let reader = f as? FigureReading, let s = reader.whatWeSee(chartID, r) { return s }
        }
        return nil
    }

    /// `chart` with `guide` on its first panel (the minority one of a pair chart).
    static func guided(_ chart: Chart, _ guide: PaperGuide) -> Chart {
        guard case .multiples(var m) = chart, !m.panels.isEmpty else { return chart }
        m.panels[0].guide = guide
        return .multiples(m)
    }

    /// `v` printed as `q` prints it (its decimals, scale and unit).
    static func value(_ v: Double, _ q: Quantity) -> String {
        NumberFormat.format(v * q.scale, decimals: q.decimals) + q.suffix
    }

    /// `v` with its sign (+/−) as `q` prints it.
    static func signed(_ v: Double, _ q: Quantity) -> String {
        NumberFormat.signed(v * q.scale, decimals: q.decimals) + q.suffix
    }

    /// The claim with id `id`, if the results carry it.
    static func claim(_ r: ReportResults, _ id: ClaimID) -> PaperClaim? {
        r.claims.first { $0.id == id }
    }

    /// The confirmatory sub-tests of claim `id` in one of the families `stems` (all of them for an
    /// empty list): the checks that read what the figure plots.
    static func checks(_ r: ReportResults, _ id: ClaimID, stems: [SubTestID.Stem] = []) -> [SubTest] {
        guard let c = claim(r, id) else { return [] }
        return c.confirmatory.filter { s in stems.isEmpty || stems.contains { s.id.isIn($0) } }
    }

    /// How `checks` stand against the paper, from their verdicts: "both checks go the paper's
    /// way", "2 of 5 checks go against the paper (3 go its way)", "1 of 3 checks goes the paper's
    /// way, 2 are undecided"; nil without checks. Only when every check PASSes does it read as
    /// agreement.
    static func standing(_ checks: [SubTest]) -> String? {
        let k = checks.count
        guard k > 0 else { return nil }
        let pass = checks.filter { $0.verdict == .pass }.count, fail = checks.filter { $0.verdict == .fail }.count
        let open = k - pass - fail
        func go(_ n: Int) -> String { n == 1 ? "goes" : "go" }
        if pass == k { return k == 1 ? "its one check goes the paper's way" : (k == 2 ? "both checks" : "all \(k) checks") + " go the paper's way" }
        var rest: [String] = []
        if fail > 0 {
            if pass > 0 { rest.append("\(pass) \(go(pass)) its way") }
            if open > 0 { rest.append("\(open) undecided") }
            return "\(fail) of \(k) check\(k == 1 ? "" : "s") \(go(fail)) against the paper" + (rest.isEmpty ? "" : " (" + rest.joined(separator: ", ") + ")")
        }
        return "undecided: \(pass) of \(k) check\(k == 1 ? "" : "s") \(go(pass)) the paper's way, \(open) \(open == 1 ? "is" : "are") inconclusive"
    }

    /// "claim: PASS" (the claim shown under the figure), and when the figure's own checks all pass
    /// but the claim does not, "claim: FAIL on its other checks".
    static func verdict(_ c: PaperClaim, checks: [SubTest] = []) -> String {
        let others = c.verdict != .pass && !checks.isEmpty && checks.allSatisfy { $0.verdict == .pass }
        return "claim: \(c.verdict.rawValue)" + (others ? " on its other checks" : "")
    }

    /// "<observation>; the paper expects <expectation> — <standing>; claim: <VERDICT>.", the
    /// standing and verdict left out when the results carry no such checks or claim.
    static func sentence(_ observation: String, expects: String, checks: [SubTest], claim: PaperClaim?) -> String {
        var s = observation + "; the paper expects " + expects
        if let st = standing(checks) { s += " — " + st }
        if let claim { s += "; " + verdict(claim, checks: checks) }
        return s + "."
    }

    /// A second clause for another claim the figure reads: " <what>: <standing>; claim: <VERDICT>."
    static func also(_ what: String, _ checks: [SubTest], claim: PaperClaim?) -> String {
        guard let st = standing(checks), let claim else { return "" }
        return " " + what + ": " + st + "; " + verdict(claim, checks: checks) + "."
    }

    /// The x values of `series` in `sweep` with a finite mean of `metric`, ascending, with the means.
    static func curve(_ sweep: SweepResult, _ series: SeriesKey, _ metric: Metric) -> [(x: Double, y: Double)] {
        sweep.series(series).map { ($0.x, $0.mean(metric)) }.filter { $0.y.isFinite }.sorted { $0.x < $1.x }
    }

    /// The NSR series of a sweep, ascending.
    static func nsrs(_ sweep: SweepResult) -> [Double] {
        Array(Set(sweep.points.compactMap { p -> Double? in if case .nsr(let v) = p.series { v } else { nil } })).sorted()
    }

    /// "from 0.4 at ε_min = 0.05 to 35.2 neurons at ε_min = 1" for a curve (nil with fewer than 2 points).
    static func span(_ c: [(x: Double, y: Double)], _ q: Quantity, x name: String = "ε_min") -> String? {
        guard let a = c.first, let b = c.last, c.count >= 2 else { return nil }
        return "from \(NumberFormat.format(a.y * q.scale, decimals: q.decimals)) at \(name) = \(NumberFormat.label(a.x)) to \(value(b.y, q)) at \(name) = \(NumberFormat.label(b.x))"
    }

    /// Per shared x, the mean at the highest NSR minus that at the lowest: "lower at NSR = 4 at 2 of
    /// 5 ε_min (Δ -0.123 to +0.415)"; nil without two NSR curves.
    static func noiseContrast(_ sweep: SweepResult, _ metric: Metric, expectLower: Bool) -> String? {
        let levels = nsrs(sweep)
        guard let lo = levels.first, let hi = levels.last, lo != hi else { return nil }
        let a = Dictionary(curve(sweep, .nsr(lo), metric).map { ($0.x, $0.y) }, uniquingKeysWith: { x, _ in x })
        let d = curve(sweep, .nsr(hi), metric).compactMap { p in a[p.x].map { p.y - $0 } }
        guard let first = d.min(), let last = d.max() else { return nil }
        let q = metric.quantity
        let expected = d.filter { expectLower ? $0 < 0 : $0 > 0 }.count
        let range = first == last ? signed(first, q) : NumberFormat.signed(first * q.scale, decimals: q.decimals) + " to " + signed(last, q)
        return "\(expectLower ? "lower" : "higher") at NSR = \(NumberFormat.label(hi)) at \(expected) of \(d.count) ε_min (Δ \(range))"
    }
}
