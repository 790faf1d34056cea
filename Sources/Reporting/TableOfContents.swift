/// A table of contents built from the `<h2 id="…">` headings of a rendered page.
public enum TableOfContents {
    /// `html` with `<nav class="toc">` (one link per `<h2>` with an id, in page order) inserted
    /// before the second such heading — after the first section (the Summary with its claims table),
    /// so that the answer is on the first screen — or before the only one; unchanged when there is none.
    public static func insert(into html: String) -> String {
        var entries: [(id: String, text: String)] = []
        var cursor = html.startIndex
        var first: String.Index?, second: String.Index?
        while let open = html.range(of: "<h2 id=\"", range: cursor..<html.endIndex),
              let quote = html.range(of: "\">", range: open.upperBound..<html.endIndex),
              let close = html.range(of: "</h2>", range: quote.upperBound..<html.endIndex) {
            if first == nil { first = open.lowerBound } else if second == nil { second = open.lowerBound }
            entries.append((String(html[open.upperBound..<quote.lowerBound]), stripTags(String(html[quote.upperBound..<close.lowerBound]))))
            cursor = close.upperBound
        }
        guard let first else { return html }
        let at = second ?? first
        var nav = "<nav class=\"toc\" aria-label=\"Contents\">\n<p><strong>Contents</strong></p>\n<ol>\n"
        for e in entries { nav += "<li><a href=\"#\(e.id)\">\(e.text)</a></li>\n" }
        nav += "</ol>\n</nav>\n"
        return String(html[..<at]) + nav + String(html[at...])
    }

    /// The text of inner HTML (tags removed, entities kept as written, so it stays escaped).
    static func stripTags(_ s: String) -> String {
        var out = ""
        var inTag = false
        for ch in s {
            if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false } else if !inTag { out.append(ch) }
        }
        return out
    }
}
