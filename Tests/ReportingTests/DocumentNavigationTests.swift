import Claims
import Testing
@testable import Reporting

/// Figure numbering, table of contents, claim cross-links, class names and the narrow/print
/// figure markup (issue 14).
@Suite struct DocumentNavigationTests {
    @Test func figureWithNarrowRenderingAndPrintNote() {
        let figure = HTML.figure(id: "loss", svg: "<svg>w</svg>", caption: "Loss", dataTable: "<table></table>",
                                 narrowSVG: "<svg>n</svg>", dataNote: "Numbers in results.json.")
        #expect(figure == """
        <figure id="fig-loss">
        <div class="fig-wide">
        <svg>w</svg>
        </div>
        <div class="fig-narrow">
        <svg>n</svg>
        </div>
        <figcaption>Loss</figcaption>
        <p class="print-only">Numbers in results.json.</p>
        <details>
        <summary>Data</summary>
        <table></table>
        </details>
        </figure>
        """)
    }

    @Test func printStylesheetLeavesDataTablesOutAndShowsTheNote() {
        let css = PageShell.css
        let print = css[css.range(of: "@media print")!.lowerBound...]
        #expect(print.contains("details { display: none; }"))
        #expect(print.contains(".print-only { display: block; }"))
        #expect(print.contains("size: A4"))
        #expect(!print.contains("content-visibility: visible"))
        #expect(css.contains("@media (max-width: 40rem)"))
    }

    @Test func captionsGetOurNumberAndThePaperFigure() {
        #expect(FigureNumbering.caption("fig6", "Figure 6 — minority metrics.") == "Figure R6 — minority metrics. Counterpart of paper Fig 6.")
        #expect(FigureNumbering.caption("fig6-ratio", "Figure 6b — ratio.") == "Figure R6b — ratio. Counterpart of paper Fig 6 (pruning ratio).")
        #expect(FigureNumbering.caption("fig9", "Figure 9 — exploratory.") == "Figure R9 — exploratory. Not in the paper (our addition).")
        #expect(FigureNumbering.caption("other", "Figure X — y") == "Figure X — y")
        #expect(FigureNumbering.label("fig2") == "Figure R2")
    }

    @Test func tableOfContentsListsEveryAnchoredH2() {
        let html = "<h1>T</h1>\n<p>x</p>\n<h2 id=\"a\">A &amp; b</h2>\n<p>y</p>\n<h2 id=\"c\">C <em>d</em></h2>\n<h2>no id</h2>\n"
        let out = TableOfContents.insert(into: html)
        // After the first section (the Summary), so the answer comes first.
        #expect(out == "<h1>T</h1>\n<p>x</p>\n<h2 id=\"a\">A &amp; b</h2>\n<p>y</p>\n<nav class=\"toc\" aria-label=\"Contents\">\n<p><strong>Contents</strong></p>\n<ol>\n"
            + "<li><a href=\"#a\">A &amp; b</a></li>\n<li><a href=\"#c\">C d</a></li>\n</ol>\n</nav>\n"
            + "<h2 id=\"c\">C <em>d</em></h2>\n<h2>no id</h2>\n")
        #expect(TableOfContents.insert(into: "<h2 id=\"a\">A</h2>").hasPrefix("<nav"), "a single section gets the table before it")
        #expect(TableOfContents.insert(into: "<p>none</p>") == "<p>none</p>")
    }

    @Test func claimItemAndLedgerRowLinkToEachOtherAndToTheFigure() {
        let c = PaperClaim(id: ClaimID("lt-gap"), section: .longTail, paperSays: "p", reference: "Table",
                           subTests: [SubTest(id: SubTestID("s"), rule: "r", statistic: "x", verdict: .pass)])
        #expect(ClaimLinks.itemHead(c) == "<strong id=\"claim-lt-gap\">lt-gap</strong>")
        #expect(ClaimLinks.itemLinks(c) == "<span class=\"backlinks\">(<a href=\"#fig-fig7\">Figure R7</a> · <a href=\"#ledger-lt-gap\">ledger</a>)</span>")
        #expect(ClaimLinks.ledgerVerdict(c) == "<span id=\"ledger-lt-gap\"><span class=\"badge badge-pass\">PASS</span></span>")
        #expect(ClaimLinks.ledgerCell(c) == "<a href=\"#claim-lt-gap\">lt-gap</a><br><a class=\"backlinks\" href=\"#fig-fig7\">Figure R7</a>")
    }

    @Test func classNamesByDataset() {
        #expect(ClassNames.name(0, dataset: .fashionMNIST) == "T-shirt/top")
        #expect(ClassNames.name(9, dataset: .cifar10) == "truck")
        #expect(ClassNames.cifar100.count == 100)
        #expect(ClassNames.name(91, dataset: .cifar100) == "trout")
        #expect(ClassNames.name(99, dataset: .cifar100) == "worm")
        #expect(ClassNames.name(12, dataset: .fashionMNIST) == "class 12")
        #expect(ClassNames.name(3, dataset: .init("imagenet")) == "class 3")
    }
}
