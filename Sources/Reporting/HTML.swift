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
    ///
    /// With `narrowSVG`, the two renderings sit in `<div class="fig-wide">` and
    /// `<div class="fig-narrow">`; the page shell shows one of them by viewport width (the wide
    /// one in print). With `dataNote`, a `<p class="print-only">` carrying the note stands in for
    /// the data table on paper (the page shell leaves `<details>` out of print). With `reading`,
    /// the caption ends with a block "What we see: …" (the figure's computed reading).
    public static func figure(id: String, svg: String, caption: String, dataTable: String,
                              narrowSVG: String? = nil, dataNote: String? = nil, reading: String? = nil) -> String {
        func line(_ s: String) -> String { s.hasSuffix("\n") ? s : s + "\n" }
        var out = "<figure id=\"fig-\(Escape.xml(id))\">\n"
        if let narrowSVG {
            out += "<div class=\"fig-wide\">\n" + line(svg) + "</div>\n"
            out += "<div class=\"fig-narrow\">\n" + line(narrowSVG) + "</div>\n"
        } else {
            out += line(svg)
        }
        out += "<figcaption>\(Escape.xml(caption))"
        if let reading { out += "<span class=\"what-we-see\"><strong>What we see:</strong> \(Escape.xml(reading))</span>" }
        out += "</figcaption>\n"
        if !dataTable.isEmpty {
            if let dataNote { out += "<p class=\"print-only\">\(Escape.xml(dataNote))</p>\n" }
            out += "<details>\n<summary>Data</summary>\n"
            out += line(dataTable)
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
