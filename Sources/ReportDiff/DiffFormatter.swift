import Claims
import Experiments
import Foundation
import Learning
import Markup
import Reporting
import RunCache

/// The output formats of `clreport diff` on stdout.
public enum DiffFormat: String, CaseIterable, Codable, Sendable {
    case text, markdown, json
}

/// Writes a ``ReportDiff`` as plain text, Markdown or JSON. Sections, in order: claims (flips
/// first), metrics (unchanged rows hidden unless `all`), configuration, only in A / only in B,
/// provenance, notes. The output depends only on the diff (no dates), so it can be snapshotted.
public enum DiffFormatter {
    public static func format(_ d: ReportDiff, as format: DiffFormat, all: Bool = false,
                              failOn: DiffFailOn = .significant) -> String {
        switch format {
        case .text: return text(d, all: all)
        case .markdown: return markdown(d, all: all)
        case .json: return json(d, all: all, failOn: failOn)
        }
    }

    // MARK: Shared pieces

    /// "1 claim flipped, 2 metrics moved beyond the seed spread, …" or "no differences".
    public static func summaryLine(_ d: ReportDiff) -> String {
        if d.isEmpty { return "No differences." }
        var parts: [String] = []
        func count(_ n: Int, _ one: String, _ many: String) { if n > 0 { parts.append("\(n) \(n == 1 ? one : many)") } }
        count(d.flips.count, "claim flipped", "claims flipped")
        count(d.mapFlips.count, "map verdict flipped", "map verdicts flipped")
        count(d.map.count - d.mapFlips.count, "map effect moved beyond its interval", "map effects moved beyond their intervals")
        count(d.significantMetrics.count, "metric moved beyond the seed spread", "metrics moved beyond the seed spread")
        count(d.metrics.filter { $0.status == .becameNaN }.count, "metric became NaN", "metrics became NaN")
        count(d.metrics.filter { $0.status == .becameFinite }.count, "metric became finite", "metrics became finite")
        count(withinSpread(d), "metric changed within it", "metrics changed within it")
        count(d.config.count, "configuration change", "configuration changes")
        let added = d.claims.filter { $0.kind == .added }.count, removed = d.claims.filter { $0.kind == .removed }.count
        count(added + removed, "claim added or removed", "claims added or removed")
        count(d.onlyIn.count, "item in only one run", "items in only one run")
        return parts.joined(separator: ", ") + "."
    }

    static func side(_ s: ReportDiff.Side) -> String {
        var extra: [String] = []
        extra.append("schema \(s.schema.map(String.init) ?? "?")")
        if let p = s.profile { extra.append("profile \(p)") }
        return "\(s.path) (\(extra.joined(separator: ", ")))"
    }

    static func cell(_ s: SeedSummary) -> String {
        "\(NumberFormat.short(s.mean)) ± \(NumberFormat.short(s.std))" + s.partialSuffix
    }

    static func percent(_ p: Double?) -> String {
        guard let p else { return "—" }
        return NumberFormat.shortSigned(p) + "%"
    }

    static func status(_ r: ReportDiff.MetricRow) -> String {
        switch r.status {
        case .significant: return "SIGNIFICANT"
        case .changed: return "changed"
        case .unchanged: return "unchanged"
        case .becameNaN: return "became NaN"
        case .becameFinite: return "became finite"
        }
    }

    /// Metrics that changed but neither significantly nor between finite and NaN.
    static func withinSpread(_ d: ReportDiff) -> Int {
        d.metrics.filter { $0.status == .changed }.count
    }

    /// The rows of the metrics table (finite ↔ NaN changes have their own section).
    static func rows(_ d: ReportDiff, all: Bool) -> [ReportDiff.MetricRow] {
        (all ? d.metrics : d.changedMetrics).filter { !$0.status.isFinitenessChange }
    }

    static let finitenessTitle = "Became NaN or finite (significant: a mean over seeds that is a number in one run only)"
    static let finitenessHeader = ["Metric", "A", "B", "Change", "Note"]

    static func finitenessCells(_ r: ReportDiff.MetricRow) -> [String] {
        [r.label, cell(r.a), cell(r.b), status(r), r.note]
    }

    static let metricHeader = ["Metric", "A", "B", "Δ", "Δ%", "Status", "Note"]

    static func metricCells(_ r: ReportDiff.MetricRow) -> [String] {
        [r.label, cell(r.a), cell(r.b), NumberFormat.shortSigned(r.delta), percent(r.deltaPercent), status(r), r.note]
    }

    static func claimCells(_ c: ReportDiff.ClaimChange) -> [String] {
        [c.kind.rawValue.uppercased(), c.id.rawValue, c.section, c.verdictA ?? "—", c.verdictB ?? "—"]
    }

    static let claimHeader = ["Change", "Claim", "Section", "A", "B"]
    static let configHeader = ["Where", "Key", "Change", "A", "B"]

    static func configCells(_ c: ReportDiff.ConfigChange) -> [String] {
        [c.scope, c.key, c.kind.rawValue, c.old ?? "—", c.new ?? "—"]
    }

    static func metricsTitle(_ d: ReportDiff, all: Bool) -> String {
        let hidden = d.metrics.count - d.changedMetrics.count
        var t = "Metrics (\(d.significantMetrics.count) significant, \(withinSpread(d)) changed within the seed spread, \(hidden) unchanged"
        t += all ? ")" : " hidden)"
        return t
    }

    static var ruleText: String {
        "Significant: |Δ| > \(DiffNumber.plain(Statistics.significanceFactor))·√(SE_A² + SE_B²), SE = std/√n (and > 1e-9·|mean|); needs n ≥ 2 seeds on both sides."
    }

    // MARK: Text

    static func textTable(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, c) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - c.count)
                parts.append(rightAligned.contains(i) ? pad + c : c + pad)
            }
            var s = "  " + parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = line(header) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }

    /// How the text and Markdown formats differ; the sections and their order are shared (`sections`).
    struct Style: Sendable {
        var preamble: @Sendable (ReportDiff) -> String
        var claimsHeading: @Sendable (ReportDiff) -> String
        var heading: @Sendable (String) -> String
        var table: @Sendable (_ header: [String], _ rows: [[String]], _ rightAligned: Set<Int>) -> String
        var rule: @Sendable (String) -> String
        var note: @Sendable (String) -> String
    }

    static let textStyle = Style(
        preamble: { "clreport diff\n  A: \(side($0.a))\n  B: \(side($0.b))\n\n" },
        claimsHeading: { "\nClaims (\($0.flips.count) flipped first)\n" },
        heading: { "\n\($0)\n" },
        table: { textTable($0, $1, rightAligned: $2) },
        rule: { "  \($0)\n" },
        note: { "  - \($0)\n" })

    static let markdownStyle = Style(
        preamble: { "# clreport diff\n\n- A: `\(side($0.a))`\n- B: `\(side($0.b))`\n\n" },
        claimsHeading: { _ in "\n## Claims\n\n" },
        heading: { "\n## \($0)\n\n" },
        table: { mdTable($0, $1, rightAligned: $2) },
        rule: { "\n\($0)\n" },
        note: { "- \(Escape.markdown($0))\n" })

    static func text(_ d: ReportDiff, all: Bool) -> String { sections(d, all: all, style: textStyle) }

    static func markdown(_ d: ReportDiff, all: Bool) -> String { sections(d, all: all, style: markdownStyle) }

    /// The report of a diff, section by section: summary, claims (flips first), metrics with the
    /// significance rule, configuration, items only in one run, provenance, notes.
    static func sections(_ d: ReportDiff, all: Bool, style: Style) -> String {
        var out = style.preamble(d) + summaryLine(d) + "\n"
        let claims = d.claims.filter { all || $0.kind != .unchanged }
        if !claims.isEmpty {
            out += style.claimsHeading(d)
            out += style.table(claimHeader, claims.map(claimCells), [])
        }
        if !d.map.isEmpty {
            out += style.heading("Robustness map (flips first)")
            out += style.table(["Claim", "Reading", "Change", "A", "B"],
                               d.map.map { [$0.claimID.rawValue, $0.reading, $0.kind == .flipped ? "verdict flipped" : "effect moved",
                                            "\($0.verdictA): \($0.effectA)", "\($0.verdictB): \($0.effectB)"] }, [])
        }
        if !d.finitenessChanges.isEmpty {
            out += style.heading(finitenessTitle)
            out += style.table(finitenessHeader, d.finitenessChanges.map(finitenessCells), [1, 2])
        }
        let rows = rows(d, all: all)
        if !d.metrics.isEmpty {
            out += style.heading(metricsTitle(d, all: all))
            if !rows.isEmpty {
                out += style.table(metricHeader, rows.map(metricCells), [1, 2, 3, 4])
                out += style.rule(ruleText)
            }
        }
        if !d.config.isEmpty {
            out += style.heading("Configuration (A → B)")
            out += style.table(configHeader, d.config.map(configCells), [])
        }
        if !d.onlyIn.isEmpty {
            out += style.heading("Only in one run")
            out += style.table(["Only in", "Kind", "Item"], d.onlyIn.map { [$0.side, $0.kind, $0.item] }, [])
        }
        if !d.provenance.isEmpty {
            out += style.heading("Provenance (A → B)")
            out += style.table(configHeader, d.provenance.map(configCells), [])
        }
        if !d.notes.isEmpty {
            out += style.heading("Notes")
            for n in d.notes { out += style.note(n) }
        }
        return out
    }

    // MARK: Markdown

    static func mdTable(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var out = "| " + header.map(Escape.markdown).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for r in rows { out += "| " + r.map(Escape.markdown).joined(separator: " | ") + " |\n" }
        return out
    }

    // MARK: JSON

    /// The JSON output: the diff (metric rows filtered like the tables), a summary and the exit status.
    public struct JSONOutput: Codable, Sendable, Equatable {
        public var diff: ReportDiff
        public var summary: String
        public var flips: Int
        public var significantMetrics: Int
        public var changedMetrics: Int
        /// Metrics whose mean went from a number to NaN or back (significant).
        public var finitenessChanges: Int
        public var failOn: DiffFailOn
        public var exitStatus: Int32
        public var significanceRule: String
    }

    static func json(_ d: ReportDiff, all: Bool, failOn: DiffFailOn) -> String {
        var shown = d
        shown.metrics = rows(d, all: all)
        if !all { shown.claims = d.claims.filter { $0.kind != .unchanged } }
        let out = JSONOutput(diff: shown, summary: summaryLine(d), flips: d.flips.count + d.mapFlips.count,
                             significantMetrics: d.significantMetrics.count, changedMetrics: d.changedMetrics.count,
                             finitenessChanges: d.finitenessChanges.count,
                             failOn: failOn, exitStatus: d.exitStatus(failOn: failOn), significanceRule: ruleText)
        return String(decoding: CanonicalJSON.encode(out), as: UTF8.self) + "\n"
    }
}
