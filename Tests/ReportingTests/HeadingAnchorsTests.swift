import Testing
@testable import Reporting

@Suite struct HeadingAnchorsTests {
    @Test func addsSlugIDs() {
        let html = MarkdownRenderer.html(fromMarkdown: "# Results & Claims\n\n## 2. Sparsity *vs* `bias`\n")
        #expect(HeadingAnchors.addAnchors(to: html) == """
        <h1 id="results-claims">Results &amp; Claims</h1>
        <h2 id="2-sparsity-vs-bias">2. Sparsity <em>vs</em> <code>bias</code></h2>

        """)
    }

    @Test func duplicatesGetNumberedSuffixes() {
        let html = "<h2>Setup</h2>\n<h3>Setup</h3>\n<h2>Setup-2</h2>\n<h2>setup</h2>\n"
        #expect(HeadingAnchors.addAnchors(to: html) == """
        <h2 id="setup">Setup</h2>
        <h3 id="setup-2">Setup</h3>
        <h2 id="setup-2-2">Setup-2</h2>
        <h2 id="setup-3">setup</h2>

        """)
    }

    @Test func nonASCIIIsKeptLowercased() {
        let html = "<h2>Über die Ergebnisse — σ²</h2>\n<h2>∑ → ∞</h2>\n<h2>!!!</h2>\n"
        #expect(HeadingAnchors.addAnchors(to: html) == """
        <h2 id="über-die-ergebnisse-σ²">Über die Ergebnisse — σ²</h2>
        <h2 id="section">∑ → ∞</h2>
        <h2 id="section-2">!!!</h2>

        """)
    }

    @Test func reservedIDsAndOtherTagsAreRespected() {
        let html = "<h2>Fig loss</h2>\n<header>x</header>\n<h2 class=\"x\">Kept</h2>\n<hr />\n"
        #expect(HeadingAnchors.addAnchors(to: html, reservedIDs: ["fig-loss"]) == """
        <h2 id="fig-loss-2">Fig loss</h2>
        <header>x</header>
        <h2 class="x">Kept</h2>
        <hr />

        """)
    }
}
