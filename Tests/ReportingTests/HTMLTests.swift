import Testing
@testable import Reporting

@Suite struct HTMLTests {
    @Test func escapesTextAndAttributes() {
        #expect(HTML.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTML.escape("μ ± σ") == "μ ± σ")
    }

    @Test func tableEscapesCellsAndMarksNumericColumns() {
        let table = HTML.table(header: ["model", "acc"], rows: [["<BReLU>", "0.93"], ["ReLU", "0.90"]],
                               caption: "Top-1 & friends", numericColumns: [1])
        #expect(table == """
        <table>
        <caption>Top-1 &amp; friends</caption>
        <thead>
        <tr><th scope="col">model</th><th scope="col" class="num">acc</th></tr>
        </thead>
        <tbody>
        <tr><td>&lt;BReLU&gt;</td><td class="num">0.93</td></tr>
        <tr><td>ReLU</td><td class="num">0.90</td></tr>
        </tbody>
        </table>
        """)
    }

    @Test func figureHasCaptionAndDataDetails() {
        let figure = HTML.figure(id: "loss", svg: "<svg></svg>", caption: "Loss < 1", dataTable: "<table></table>")
        #expect(figure == """
        <figure id="fig-loss">
        <svg></svg>
        <figcaption>Loss &lt; 1</figcaption>
        <details>
        <summary>Data</summary>
        <table></table>
        </details>
        </figure>
        """)
        #expect(!HTML.figure(id: "x", svg: "<svg></svg>", caption: "c", dataTable: "").contains("<details>"))
    }

    @Test func badges() {
        #expect(HTML.badge(verdict: "PASS") == "<span class=\"badge badge-pass\">PASS</span>")
        #expect(HTML.badge(verdict: "FAIL") == "<span class=\"badge badge-fail\">FAIL</span>")
        #expect(HTML.badge(verdict: "INCONCLUSIVE") == "<span class=\"badge badge-inconclusive\">INCONCLUSIVE</span>")
        #expect(HTML.badge(verdict: "diverged") == "<span class=\"badge badge-diverged\">DIVERGED</span>")
    }
}
