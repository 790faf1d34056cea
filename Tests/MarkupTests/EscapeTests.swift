import Markup
import Testing

@Suite struct EscapeTests {
    @Test func xmlEscapesTheFiveCharactersWithOneSpellingEach() {
        #expect(Escape.xml(#"a<b>&"c"'d'"#) == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
        #expect(Escape.xml("µ ± σ² → ∞") == "µ ± σ² → ∞")
    }

    @Test func xmlDropsControlCharactersXMLForbidsAndKeepsWhitespace() {
        #expect(Escape.xml("a\u{0}b\u{1B}c\u{7}d") == "abcd")
        #expect(Escape.xml("a\tb\nc\rd") == "a\tb\nc\rd")
        #expect(Escape.xml("x\u{FFFE}y\u{FFFF}z") == "xyz")
    }

    @Test func markdownEscapesStructureAndTableCharacters() {
        #expect(Escape.markdown(#"a*b_c`d[e]f<g>h&i|j\k"#) == #"a\*b\_c\`d\[e\]f\<g\>h\&i\|j\\k"#)
        #expect(Escape.markdown("line 1\n# not a heading\r\n") == "line 1 # not a heading  ")
        #expect(Escape.markdown("plain text, 0.5 ± 0.1 (n = 3)") == "plain text, 0.5 ± 0.1 (n = 3)")
    }
}
