import Testing
@testable import Reporting

@Suite struct BlockSplicerTests {
    @Test func tokensAreAlphanumericAndNumberedInOrder() {
        var splicer = BlockSplicer()
        #expect(splicer.token(for: "<b>a</b>") == "CLREPORTBLOCK0001X")
        #expect(splicer.token(for: "<b>a</b>") == "CLREPORTBLOCK0002X")
        #expect(BlockSplicer.token(number: 12345) == "CLREPORTBLOCK12345X")
    }

    @Test func tokenInOwnParagraphIsReplacedWithItsWrapper() throws {
        var splicer = BlockSplicer()
        let token = splicer.token(for: "<table><tr><td>1</td></tr></table>")
        let html = MarkdownRenderer.html(fromMarkdown: "Before.\n\n\(token)\n\nAfter.\n")
        #expect(try splicer.splice(into: html) == "<p>Before.</p>\n<table><tr><td>1</td></tr></table>\n<p>After.</p>\n")
    }

    @Test func inlineTokenIsReplacedInPlace() throws {
        var splicer = BlockSplicer()
        let badge = HTML.badge(verdict: "PASS")
        let token = splicer.token(for: badge)
        let html = MarkdownRenderer.html(fromMarkdown: "Claim 1: \(token) (0.93 vs 0.90)\n", smartPunctuation: true)
        #expect(try splicer.splice(into: html)
                == "<p>Claim 1: <span class=\"badge badge-pass\">PASS</span> (0.93 vs 0.90)</p>\n")
    }

    @Test func missingTokenIsAnErrorNamingIt() {
        var splicer = BlockSplicer()
        let first = splicer.token(for: "<figure>1</figure>")
        _ = splicer.token(for: "<figure>2</figure>")
        let html = MarkdownRenderer.html(fromMarkdown: "\(first)\n")
        #expect(throws: ReportingError(
            "block CLREPORTBLOCK0002X (block 2 of 2) is missing from the rendered HTML; "
            + "the template must output every block token it was given, on a line of its own "
            + "(check for a misspelled or removed {{variable}}, or a token inside a code span)")) {
            try splicer.splice(into: html)
        }
    }

    @Test func twoBlocksKeepTheirOrder() throws {
        var splicer = BlockSplicer()
        let a = splicer.token(for: "<div>A</div>")
        let b = splicer.token(for: "<div>B</div>")
        let html = MarkdownRenderer.html(fromMarkdown: "\(b)\n\n\(a)\n\n\(b)\n")
        #expect(try splicer.splice(into: html) == "<div>B</div>\n<div>A</div>\n<div>B</div>\n")
    }

    @Test func splicedSVGIsByteIdentical() throws {
        let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img">
        <title>A &amp; B</title>
          <path d="M0 0L10 10" stroke-dasharray="2 1"/>

        <text x="1" y="2">&lt;1% · 𝜎</text>
        </svg>
        """
        var splicer = BlockSplicer()
        let token = splicer.token(for: svg)
        let spliced = try splicer.splice(into: MarkdownRenderer.html(fromMarkdown: "# Fig\n\n\(token)\n"))
        #expect(spliced == "<h1>Fig</h1>\n" + svg + "\n")
    }

    @Test func blockHTMLContainingATokenIsNotRescanned() throws {
        var splicer = BlockSplicer()
        let outer = splicer.token(for: "<p>mentions CLREPORTBLOCK0002X</p>")
        let inner = splicer.token(for: "<i>inner</i>")
        let html = "<p>\(outer)</p>\n<p>\(inner)</p>\n"
        #expect(try splicer.splice(into: html) == "<p>mentions CLREPORTBLOCK0002X</p>\n<i>inner</i>\n")
    }

    @Test func unregisteredTokenLookalikesAreLeftAlone() throws {
        let splicer = BlockSplicer()
        let html = "<p>CLREPORTBLOCK0009X and CLREPORTBLOCK</p>\n"
        #expect(try splicer.splice(into: html) == html)
    }
}
