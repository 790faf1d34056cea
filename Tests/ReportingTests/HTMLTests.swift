import Testing
@testable import Reporting

@Suite struct HTMLTests {
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
