import Testing
@testable import Reporting

@Suite struct EmbedProcessorTests {
    let figures = ["loss": "<figure id=\"fig-loss\">\n<svg>\n\n<path/>\n</svg>\n</figure>\n", "sparsity": "<figure>S</figure>"]
    let values = ["top1": "0.934 ± 0.004", "seeds": "3"]

    @Test func markersAreReplaced() throws {
        let markdown = """
        # Notes
        Accuracy was <!-- clreport:value top1 --> over <!--clreport:value seeds--> seeds.
        <!-- clreport:figure loss -->
        Done.
        """
        #expect(try EmbedProcessor.process(markdown: markdown, figures: figures, values: values) == """
        # Notes
        Accuracy was 0.934 ± 0.004 over 3 seeds.

        <figure id="fig-loss">
        <svg>
        <path/>
        </svg>
        </figure>

        Done.
        """)
    }

    @Test func textWithoutMarkersIsUnchanged() throws {
        let markdown = "# A\r\n\n<!-- a comment -->\n\n  trailing  \n"
        #expect(try EmbedProcessor.process(markdown: markdown, figures: figures, values: values) == markdown)
    }

    @Test func markersInFencedCodeAreLeftAlone() throws {
        let markdown = "```\n<!-- clreport:figure nope -->\n```\n<!-- clreport:value seeds -->\n"
        #expect(try EmbedProcessor.process(markdown: markdown, figures: figures, values: values)
                == "```\n<!-- clreport:figure nope -->\n```\n3\n")
    }

    @Test func unknownFigureListsKnownOnes() {
        #expect(throws: ReportingError("line 3: unknown figure 'los'; known figures: loss, sparsity")) {
            try EmbedProcessor.process(markdown: "a\n\n<!-- clreport:figure los -->\n", figures: figures, values: values)
        }
    }

    @Test func unknownValueListsKnownOnes() {
        #expect(throws: ReportingError("line 1: unknown value 'top5'; known values: seeds, top1")) {
            try EmbedProcessor.process(markdown: "x <!-- clreport:value top5 -->", figures: figures, values: values)
        }
        #expect(throws: ReportingError("line 1: unknown value 'top5'; known values: (none)")) {
            try EmbedProcessor.process(markdown: "x <!-- clreport:value top5 -->", figures: [:], values: [:])
        }
    }

    @Test func malformedMarkersGiveTheLineNumber() {
        let syntax = "write <!-- clreport:figure ID --> or <!-- clreport:value NAME -->"
        #expect(throws: ReportingError("line 2: malformed marker '<!-- clreport:figure -->': no figure id; \(syntax)")) {
            try EmbedProcessor.process(markdown: "ok\n<!-- clreport:figure -->\n", figures: figures, values: values)
        }
        #expect(throws: ReportingError("line 1: malformed marker '<!-- clreport:table t -->': unknown kind; \(syntax)")) {
            try EmbedProcessor.process(markdown: "<!-- clreport:table t -->", figures: figures, values: values)
        }
        #expect(throws: ReportingError("line 1: malformed marker '<!-- clreport:value a b -->': more than one name; \(syntax)")) {
            try EmbedProcessor.process(markdown: "<!-- clreport:value a b -->", figures: figures, values: values)
        }
        #expect(throws: ReportingError(
            "line 3: malformed marker '<!-- clreport:value top1': it must end with --> on the same line; \(syntax)")) {
            try EmbedProcessor.process(markdown: "\n\n<!-- clreport:value top1\n-->", figures: figures, values: values)
        }
    }
}
