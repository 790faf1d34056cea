import Markup
@testable import Reporting
import TestSupport
import Testing

@Suite struct PageShellTests {
    static let sample = PageShell.document(
        title: "Sparse <coding> & you",
        bodyHTML: "<h1 id=\"results\">Results</h1>\n<p>Claim 1: <span class=\"badge badge-pass\">PASS</span></p>\n")

    @Test func isSelfContained() {
        let page = Self.sample
        #expect(!page.contains("http://"))
        #expect(!page.contains("https://"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("@import"))
        #expect(!page.contains("url("))
        #expect(!PageShell.css.contains("//"))
    }

    @Test func hasDarkModeAndPrintStyles() {
        #expect(PageShell.css.contains("@media (prefers-color-scheme: dark)"))
        #expect(PageShell.css.contains("@media print"))
        #expect(PageShell.css.contains(".badge-pass"))
        #expect(PageShell.css.contains(".badge-fail"))
        #expect(PageShell.css.contains(".badge-inconclusive"))
        #expect(PageShell.css.contains("td.num"))
    }

    @Test func escapesTitleAndLang() {
        let page = PageShell.document(title: "<T>", bodyHTML: "", lang: "de\"x")
        #expect(page.contains("<title>&lt;T&gt;</title>"))
        #expect(page.contains("<html lang=\"de&quot;x\">"))
    }

    @Test func matchesSnapshot() throws {
        Snapshot.expectMatches(Self.sample, named: "page-shell.html", in: .module)
    }

    @Test func fullPipelineMatchesSnapshot() throws {
        let templates = try TemplateSet(templates: [
            "report": """
            # {{title}}

            Claims checked: {{count}}.

            {{#claims}}
            {{> claim}}
            {{/claims}}

            ## Figures

            {{figure}}
            """,
            "claim": "- {{{badge}}} {{text}}\n",
        ])
        var blocks = BlockSplicer()
        let table = HTMLTable(header: ["step", "loss"], textRows: [["0", "2.31"], ["100", "0.87"]], numericColumns: [0, 1]).render()
        let svg = "<svg viewBox=\"0 0 4 3\" role=\"img\"><title>Loss</title><path d=\"M0 0L4 3\"/></svg>"
        let context: [String: Any] = [
            "title": "Sparse coding — results",
            "count": 2,
            "claims": [
                ["badge": blocks.token(for: HTML.badge(verdict: "PASS")), "text": "Loss falls below 1.0"],
                ["badge": blocks.token(for: HTML.badge(verdict: "INCONCLUSIVE")), "text": "Sparsity \"improves\""],
            ],
            "figure": blocks.token(for: HTML.figure(id: "loss", svg: svg, caption: "Training loss (mean of 3 seeds).",
                                                    dataTable: table)),
        ]
        let page = try PageRenderer.render(template: "report", context: context, templates: templates,
                                           blocks: blocks, title: "Results", reservedIDs: ["fig-loss"])
        Snapshot.expectMatches(page, named: "pipeline.html", in: .module)
    }
}
