/// Builders for the trusted HTML blocks that ``BlockSplicer`` carries past cmark.
///
/// Everything that is text (cells, captions, verdicts, ids) is escaped here, so callers pass plain
/// strings. Only the SVG and a pre-built data table are taken as HTML. The markup is written in a
/// fixed order with fixed whitespace, so the same inputs give the same bytes.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'` so the text is safe in element content and in
    /// double- or single-quoted attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A data table. Cells are text (escaped); cells in `numericColumns` (0-based) get
    /// `class="num"` so the page shell right-aligns them with tabular figures.
    ///
    /// - Precondition: every row has as many cells as the header.
    public static func table(header: [String], rows: [[String]], caption: String? = nil,
                             numericColumns: Set<Int> = []) -> String {
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            let cls = numericColumns.contains(column) ? " class=\"num\"" : ""
            return "<\(tag)\(cls)>\(escape(text))</\(tag)>"
        }
        var out = "<table>\n"
        if let caption { out += "<caption>\(escape(caption))</caption>\n" }
        out += "<thead>\n<tr>"
        for (c, text) in header.enumerated() {
            let cls = numericColumns.contains(c) ? " class=\"num\"" : ""
            out += "<th scope=\"col\"\(cls)>\(escape(text))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for (r, row) in rows.enumerated() {
            precondition(row.count == header.count,
                         "HTML.table: row \(r) has \(row.count) cells, header has \(header.count)")
            out += "<tr>"
            for (c, text) in row.enumerated() { out += cell("td", text, c) }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>"
        return out
    }

    /// A figure: `<figure id="fig-<id>">`, the SVG as given, an escaped caption, and the data
    /// behind the chart in a `<details>` element (omitted when `dataTable` is empty).
    ///
    /// With `narrowSVG`, the two renderings sit in `<div class="fig-wide">` and
    /// `<div class="fig-narrow">`; the page shell shows one of them by viewport width (the wide
    /// one in print). With `dataNote`, a `<p class="print-only">` carrying the note stands in for
    /// the data table on paper (the page shell leaves `<details>` out of print).
    public static func figure(id: String, svg: String, caption: String, dataTable: String,
                              narrowSVG: String? = nil, dataNote: String? = nil) -> String {
        func line(_ s: String) -> String { s.hasSuffix("\n") ? s : s + "\n" }
        var out = "<figure id=\"fig-\(escape(id))\">\n"
        if let narrowSVG {
            out += "<div class=\"fig-wide\">\n" + line(svg) + "</div>\n"
            out += "<div class=\"fig-narrow\">\n" + line(narrowSVG) + "</div>\n"
        } else {
            out += line(svg)
        }
        out += "<figcaption>\(escape(caption))</figcaption>\n"
        if !dataTable.isEmpty {
            if let dataNote { out += "<p class=\"print-only\">\(escape(dataNote))</p>\n" }
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
        return "<span class=\"\(cls)\">\(escape(text))</span>"
    }
}
