import Testing
@testable import Reporting

@Suite struct MarkdownRendererTests {
    @Test func headingsEmphasisListsAndCode() {
        let html = MarkdownRenderer.html(fromMarkdown: """
        # Title

        Some *emphasis* and **strong** text with `code`.

        - one
        - two

        ```swift
        let x = 1 < 2
        ```
        """)
        #expect(html == """
        <h1>Title</h1>
        <p>Some <em>emphasis</em> and <strong>strong</strong> text with <code>code</code>.</p>
        <ul>
        <li>one</li>
        <li>two</li>
        </ul>
        <pre><code class="language-swift">let x = 1 &lt; 2
        </code></pre>

        """)
    }

    @Test func rawHTMLIsNotPassedThrough() {
        let html = MarkdownRenderer.html(fromMarkdown: "Hi\n\n<script>alert(1)</script>\n\nand <b onclick=\"x()\">inline</b>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func javascriptLinksAreNeutralised() {
        let html = MarkdownRenderer.html(fromMarkdown: "[x](javascript:alert(1))")
        #expect(!html.contains("javascript:"))
    }

    @Test func smartPunctuationIsOptIn() {
        #expect(MarkdownRenderer.html(fromMarkdown: "\"a\" -- b") == "<p>&quot;a&quot; -- b</p>\n")
        #expect(MarkdownRenderer.html(fromMarkdown: "\"a\" -- b", smartPunctuation: true) == "<p>“a” – b</p>\n")
    }

    @Test func nonASCIIAndEmptyInput() {
        #expect(MarkdownRenderer.html(fromMarkdown: "") == "")
        #expect(MarkdownRenderer.html(fromMarkdown: "μ ± σ — Über") == "<p>μ ± σ — Über</p>\n")
    }
}
