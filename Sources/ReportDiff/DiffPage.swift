import Foundation
import Markup
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
        body += "<li>A: <code>\(Escape.xml(F.side(d.a)))</code></li>\n"
        body += "<li>B: <code>\(Escape.xml(F.side(d.b)))</code></li>\n"
        body += "</ul>\n"
        let status = d.exitStatus(failOn: failOn)
        body += "<p>\(HTML.badge(verdict: status == 0 ? "PASS" : "FAIL")) \(Escape.xml(F.summaryLine(d)))"
        body += " (<code>--fail-on \(failOn.rawValue)</code>: exit status \(status).)</p>\n"

        let claims = d.claims.filter { all || $0.kind != .unchanged }
        body += "<h2 id=\"claims\">Claims</h2>\n"
        if claims.isEmpty {
            body += "<p>No claim verdict changed (\(d.claims.count) claim\(d.claims.count == 1 ? "" : "s") compared).</p>\n"
        } else {
            let rows: [[HTMLTable.Cell]] = claims.map { c in
                [.text(c.kind.rawValue), .html("<code>\(Escape.xml(c.id.rawValue))</code>"), .text(c.section),
                 .html(c.verdictA.map { HTML.badge(verdict: $0) } ?? "—"), .html(c.verdictB.map { HTML.badge(verdict: $0) } ?? "—"),
                 .text(c.paperSays), .text(c.measured)]
            }
            body += HTMLTable(header: ["Change", "Claim", "Section", "A", "B", "Paper says", "Measured"], rows: rows).render() + "\n"
        }

        if !d.finitenessChanges.isEmpty {
            body += "<h2 id=\"became-nan\">Became NaN or finite</h2>\n"
            body += "<p>\(Escape.xml(F.finitenessTitle)).</p>\n"
            body += HTMLTable(header: F.finitenessHeader, textRows: d.finitenessChanges.map(F.finitenessCells), numericColumns: [1, 2]).render() + "\n"
        }

        body += "<h2 id=\"metrics\">Metrics</h2>\n"
        let rows = F.rows(d, all: all)
        body += "<p>\(Escape.xml(F.metricsTitle(d, all: all))). \(Escape.xml(F.ruleText))</p>\n"
        if !rows.isEmpty {
            body += "<div class=\"wide\">\n"
            body += HTMLTable(header: F.metricHeader, textRows: rows.map(F.metricCells), numericColumns: [1, 2, 3, 4]).render()
            body += "\n</div>\n"
        }

        body += "<h2 id=\"configuration\">Configuration</h2>\n"
        if d.config.isEmpty {
            body += "<p>No configuration differences.</p>\n"
        } else {
            body += HTMLTable(header: F.configHeader, textRows: d.config.map(F.configCells)).render() + "\n"
        }

        if !d.onlyIn.isEmpty {
            body += "<h2 id=\"only-in\">Only in one run</h2>\n"
            body += HTMLTable(header: ["Only in", "Kind", "Item"], textRows: d.onlyIn.map { [$0.side, $0.kind, $0.item] }).render() + "\n"
        }

        body += "<h2 id=\"figures\">Figures</h2>\n"
        if figures.isEmpty {
            body += "<p>No figure could be redrawn for both runs.</p>\n"
        } else {
            body += "<p>Each figure shows A (\(Escape.xml(d.a.label)), faded and dashed) under B (\(Escape.xml(d.b.label)), solid).</p>\n"
            for f in figures {
                body += HTML.figure(id: f.id, svg: f.svg, caption: f.caption, dataTable: f.dataTable) + "\n"
            }
        }

        if !d.provenance.isEmpty {
            body += "<h2 id=\"provenance\">Provenance</h2>\n"
            body += HTMLTable(header: F.configHeader, textRows: d.provenance.map(F.configCells)).render() + "\n"
        }
        if !d.notes.isEmpty {
            body += "<h2 id=\"notes\">Notes</h2>\n<ul>\n"
            for n in d.notes { body += "<li>\(Escape.xml(n))</li>\n" }
            body += "</ul>\n"
        }
        return PageShell.document(title: "Report diff: \(d.a.label) → \(d.b.label)", bodyHTML: body)
    }
}
