import Markup
import Testing

@Suite struct HTMLTableTests {
    @Test func writesOneLayoutWithEscapedTextAndTrustedCells() {
        let t = HTMLTable(header: ["Name", "Value"], rows: [["a<b", "1.0"], [.html("<code>x</code>"), "2"]],
                          caption: "Caption & more", className: "ledger", numericColumns: [1], rowHeaders: true)
        #expect(t.render() == """
            <table class="ledger">
            <caption>Caption &amp; more</caption>
            <thead>
            <tr><th scope="col">Name</th><th scope="col" class="num">Value</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">a&lt;b</th><td class="num">1.0</td></tr>
            <tr><th scope="row"><code>x</code></th><td class="num">2</td></tr>
            </tbody>
            </table>
            """)
    }

    @Test func plainTableHasNoClassOrCaption() {
        #expect(HTMLTable(header: ["A"], textRows: [["1"]]).render()
                == "<table>\n<thead>\n<tr><th scope=\"col\">A</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td></tr>\n</tbody>\n</table>")
    }

    @Test func tableEscapesCellsAndMarksNumericColumns() {
        let table = HTMLTable(header: ["model", "acc"], textRows: [["<BReLU>", "0.93"], ["ReLU", "0.90"]],
                               caption: "Top-1 & friends", numericColumns: [1]).render()
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
}
