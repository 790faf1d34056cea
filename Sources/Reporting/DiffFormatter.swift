import Experiments
import Foundation

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
        count(d.significantMetrics.count, "metric moved beyond the seed spread", "metrics moved beyond the seed spread")
        count(d.changedMetrics.count - d.significantMetrics.count, "metric changed within it", "metrics changed within it")
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

    static func cell(_ s: ReportDiff.Summary) -> String {
        "\(DiffNumber.short(s.mean)) ± \(DiffNumber.short(s.std))"
    }

    static func percent(_ p: Double?) -> String {
        guard let p else { return "—" }
        return DiffNumber.signed(p) + "%"
    }

    static func status(_ r: ReportDiff.MetricRow) -> String {
        switch r.status {
        case .significant: return "SIGNIFICANT"
        case .changed: return "changed"
        case .unchanged: return "unchanged"
        }
    }

    static func rows(_ d: ReportDiff, all: Bool) -> [ReportDiff.MetricRow] {
        all ? d.metrics : d.changedMetrics
    }

    static let metricHeader = ["Metric", "A", "B", "Δ", "Δ%", "Status", "Note"]

    static func metricCells(_ r: ReportDiff.MetricRow) -> [String] {
        [r.label, cell(r.a), cell(r.b), DiffNumber.signed(r.delta), percent(r.deltaPercent), status(r), r.note]
    }

    static func claimCells(_ c: ReportDiff.ClaimChange) -> [String] {
        [c.kind.rawValue.uppercased(), c.id, c.section, c.verdictA ?? "—", c.verdictB ?? "—"]
    }

    static let claimHeader = ["Change", "Claim", "Section", "A", "B"]
    static let configHeader = ["Where", "Key", "Change", "A", "B"]

    static func configCells(_ c: ReportDiff.ConfigChange) -> [String] {
        [c.scope, c.key, c.kind.rawValue, c.old ?? "—", c.new ?? "—"]
    }

    static func metricsTitle(_ d: ReportDiff, all: Bool) -> String {
        let hidden = d.metrics.count - d.changedMetrics.count
        var t = "Metrics (\(d.significantMetrics.count) significant, \(d.changedMetrics.count - d.significantMetrics.count) changed within the seed spread, \(hidden) unchanged"
        t += all ? ")" : " hidden)"
        return t
    }

    static var ruleText: String {
        "Significant: |Δ| > \(DiffNumber.plain(ReportDiff.significanceFactor))·√(SE_A² + SE_B²), SE = std/√n; needs n ≥ 2 seeds on both sides."
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

    static func text(_ d: ReportDiff, all: Bool) -> String {
        var out = "clreport diff\n"
        out += "  A: \(side(d.a))\n"
        out += "  B: \(side(d.b))\n\n"
        out += summaryLine(d) + "\n"
        let claims = d.claims.filter { all || $0.kind != .unchanged }
        if !claims.isEmpty {
            out += "\nClaims (\(d.flips.count) flipped first)\n"
            out += textTable(claimHeader, claims.map(claimCells))
        }
        let rows = rows(d, all: all)
        if !d.metrics.isEmpty {
            out += "\n\(metricsTitle(d, all: all))\n"
            if !rows.isEmpty {
                out += textTable(metricHeader, rows.map(metricCells), rightAligned: [1, 2, 3, 4])
                out += "  \(ruleText)\n"
            }
        }
        if !d.config.isEmpty {
            out += "\nConfiguration (A → B)\n"
            out += textTable(configHeader, d.config.map(configCells))
        }
        if !d.onlyIn.isEmpty {
            out += "\nOnly in one run\n"
            out += textTable(["Only in", "Kind", "Item"], d.onlyIn.map { [$0.side, $0.kind, $0.item] })
        }
        if !d.provenance.isEmpty {
            out += "\nProvenance (A → B)\n"
            out += textTable(configHeader, d.provenance.map(configCells))
        }
        if !d.notes.isEmpty {
            out += "\nNotes\n"
            for n in d.notes { out += "  - \(n)\n" }
        }
        return out
    }

    // MARK: Markdown

    static func mdEscape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }

    static func mdTable(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var out = "| " + header.map(mdEscape).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for r in rows { out += "| " + r.map(mdEscape).joined(separator: " | ") + " |\n" }
        return out
    }

    static func markdown(_ d: ReportDiff, all: Bool) -> String {
        var out = "# clreport diff\n\n"
        out += "- A: `\(side(d.a))`\n- B: `\(side(d.b))`\n\n"
        out += summaryLine(d) + "\n"
        let claims = d.claims.filter { all || $0.kind != .unchanged }
        if !claims.isEmpty {
            out += "\n## Claims\n\n"
            out += mdTable(claimHeader, claims.map(claimCells))
        }
        let rows = rows(d, all: all)
        if !d.metrics.isEmpty {
            out += "\n## \(metricsTitle(d, all: all))\n\n"
            if !rows.isEmpty {
                out += mdTable(metricHeader, rows.map(metricCells), rightAligned: [1, 2, 3, 4])
                out += "\n\(ruleText)\n"
            }
        }
        if !d.config.isEmpty {
            out += "\n## Configuration (A → B)\n\n"
            out += mdTable(configHeader, d.config.map(configCells))
        }
        if !d.onlyIn.isEmpty {
            out += "\n## Only in one run\n\n"
            out += mdTable(["Only in", "Kind", "Item"], d.onlyIn.map { [$0.side, $0.kind, $0.item] })
        }
        if !d.provenance.isEmpty {
            out += "\n## Provenance (A → B)\n\n"
            out += mdTable(configHeader, d.provenance.map(configCells))
        }
        if !d.notes.isEmpty {
            out += "\n## Notes\n\n"
            for n in d.notes { out += "- \(mdEscape(n))\n" }
        }
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
        public var failOn: DiffFailOn
        public var exitStatus: Int32
        public var significanceRule: String
    }

    static func json(_ d: ReportDiff, all: Bool, failOn: DiffFailOn) -> String {
        var shown = d
        shown.metrics = rows(d, all: all)
        if !all { shown.claims = d.claims.filter { $0.kind != .unchanged } }
        let out = JSONOutput(diff: shown, summary: summaryLine(d), flips: d.flips.count,
                             significantMetrics: d.significantMetrics.count, changedMetrics: d.changedMetrics.count,
                             failOn: failOn, exitStatus: d.exitStatus(failOn: failOn), significanceRule: ruleText)
        return String(decoding: CanonicalJSON.encode(out), as: UTF8.self) + "\n"
    }
}
