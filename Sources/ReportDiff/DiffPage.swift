import Foundation
import Reporting

/// The HTML page of `clreport diff` (`DIR/index.html`): the same sections as the text output,
/// plus every figure both runs have redrawn as an overlay. Self-contained like the report
/// (``PageShell``, inline SVG, no scripts); the bytes depend only on the inputs.
public enum DiffPage {
    public static func render(_ d: ReportDiff, figures: [DiffFigure], all: Bool = false,
                              failOn: DiffFailOn = .significant) -> String {
        let F = DiffFormatter.self
        var body = "<h1>Report diff</h1>\n"
        body += "<ul>\n"
        body += "<li>A: <code>\(HTML.escape(F.side(d.a)))</code></li>\n"
        body += "<li>B: <code>\(HTML.escape(F.side(d.b)))</code></li>\n"
        body += "</ul>\n"
        let status = d.exitStatus(failOn: failOn)
        body += "<p>\(HTML.badge(verdict: status == 0 ? "PASS" : "FAIL")) \(HTML.escape(F.summaryLine(d)))"
        body += " (<code>--fail-on \(failOn.rawValue)</code>: exit status \(status).)</p>\n"

        let claims = d.claims.filter { all || $0.kind != .unchanged }
        body += "<h2 id=\"claims\">Claims</h2>\n"
        if claims.isEmpty {
            body += "<p>No claim verdict changed (\(d.claims.count) claim\(d.claims.count == 1 ? "" : "s") compared).</p>\n"
        } else {
            body += "<table>\n<thead>\n<tr><th scope=\"col\">Change</th><th scope=\"col\">Claim</th><th scope=\"col\">Section</th>"
            body += "<th scope=\"col\">A</th><th scope=\"col\">B</th><th scope=\"col\">Paper says</th><th scope=\"col\">Measured</th></tr>\n</thead>\n<tbody>\n"
            for c in claims {
                body += "<tr><td>\(HTML.escape(c.kind.rawValue))</td><td><code>\(HTML.escape(c.id))</code></td>"
                body += "<td>\(HTML.escape(c.section))</td>"
                body += "<td>\(c.verdictA.map { HTML.badge(verdict: $0) } ?? "—")</td>"
                body += "<td>\(c.verdictB.map { HTML.badge(verdict: $0) } ?? "—")</td>"
                body += "<td>\(HTML.escape(c.paperSays))</td><td>\(HTML.escape(c.measured))</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }

        if !d.finitenessChanges.isEmpty {
            body += "<h2 id=\"became-nan\">Became NaN or finite</h2>\n"
            body += "<p>\(HTML.escape(F.finitenessTitle)).</p>\n"
            body += HTML.table(header: F.finitenessHeader, rows: d.finitenessChanges.map(F.finitenessCells), numericColumns: [1, 2]) + "\n"
        }

        body += "<h2 id=\"metrics\">Metrics</h2>\n"
        let rows = F.rows(d, all: all)
        body += "<p>\(HTML.escape(F.metricsTitle(d, all: all))). \(HTML.escape(F.ruleText))</p>\n"
        if !rows.isEmpty {
            body += "<div class=\"wide\">\n"
            body += HTML.table(header: F.metricHeader, rows: rows.map(F.metricCells), numericColumns: [1, 2, 3, 4])
            body += "\n</div>\n"
        }

        body += "<h2 id=\"configuration\">Configuration</h2>\n"
        if d.config.isEmpty {
            body += "<p>No configuration differences.</p>\n"
        } else {
            body += HTML.table(header: F.configHeader, rows: d.config.map(F.configCells)) + "\n"
        }

        if !d.onlyIn.isEmpty {
            body += "<h2 id=\"only-in\">Only in one run</h2>\n"
            body += HTML.table(header: ["Only in", "Kind", "Item"], rows: d.onlyIn.map { [$0.side, $0.kind, $0.item] }) + "\n"
        }

        body += "<h2 id=\"figures\">Figures</h2>\n"
        if figures.isEmpty {
            body += "<p>No figure could be redrawn for both runs.</p>\n"
        } else {
            body += "<p>Each figure shows A (\(HTML.escape(d.a.label)), faded and dashed) under B (\(HTML.escape(d.b.label)), solid).</p>\n"
            for f in figures {
                body += HTML.figure(id: f.id, svg: f.svg, caption: f.caption, dataTable: f.dataTable) + "\n"
            }
        }

        if !d.provenance.isEmpty {
            body += "<h2 id=\"provenance\">Provenance</h2>\n"
            body += HTML.table(header: F.configHeader, rows: d.provenance.map(F.configCells)) + "\n"
        }
        if !d.notes.isEmpty {
            body += "<h2 id=\"notes\">Notes</h2>\n<ul>\n"
            for n in d.notes { body += "<li>\(HTML.escape(n))</li>\n" }
            body += "</ul>\n"
        }
        return PageShell.document(title: "Report diff: \(d.a.label) → \(d.b.label)", bodyHTML: body)
    }
}
