import Markup

/// Builders for the trusted HTML blocks that ``BlockSplicer`` carries past cmark (tables are
/// `Markup.HTMLTable`).
///
/// Everything that is text (captions, verdicts, ids) is escaped here (`Markup.Escape.xml`), so callers pass plain
/// strings. Only the SVG and a pre-built data table are taken as HTML. The markup is written in a
/// fixed order with fixed whitespace, so the same inputs give the same bytes.
public enum HTML {
    /// A figure: `<figure id="fig-<id>">`, the SVG as given, an escaped caption, and the data
    /// behind the chart in a `<details>` element (omitted when `dataTable` is empty).
    public static func figure(id: String, svg: String, caption: String, dataTable: String) -> String {
        var out = "<figure id=\"fig-\(Escape.xml(id))\">\n"
        out += svg
        if !svg.hasSuffix("\n") { out += "\n" }
        out += "<figcaption>\(Escape.xml(caption))</figcaption>\n"
        if !dataTable.isEmpty {
            out += "<details>\n<summary>Data</summary>\n"
            out += dataTable
            if !dataTable.hasSuffix("\n") { out += "\n" }
            out += "</details>\n"
        }
        out += "</figure>"
        return out
    }

    /// A claim verdict badge: `PASS` → `<span class="badge badge-pass">PASS</span>`.
    ///
    /// The class is `badge-` plus the lowercased verdict (letters and digits only), so `FAIL`,
    /// `INCONCLUSIVE` and `DIVERGED` get `badge-fail`, `badge-inconclusive` and `badge-diverged`.
    /// The verdict is always printed as text, so colour is never the only signal.
    public static func badge(verdict: String) -> String {
        let text = verdict.uppercased()
        let kind = String(verdict.lowercased().unicodeScalars
            .filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }
            .map(Character.init))
        let cls = kind.isEmpty ? "badge" : "badge badge-\(kind)"
        return "<span class=\"\(cls)\">\(Escape.xml(text))</span>"
    }
}
