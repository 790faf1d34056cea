/// Renders the numbers behind a chart as an HTML `<table>` (for a `<details>` beside the figure).
/// All text is escaped; numbers go through ``NumberFormat/compact(_:significant:)`` (NaN and ∞
/// spelled out, so diverged runs stay visible).
enum DataTableRenderer {
    static func num(_ v: Double) -> String { NumberFormat.compact(v, significant: 5) }

    static func cell(_ tag: String, _ text: String, scope: String? = nil) -> String {
        let s = scope.map { " scope=\"\($0)\"" } ?? ""
        return "<\(tag)\(s)>\(XMLText.escape(text))</\(tag)>"
    }

    static func table(caption: String, header: [String], rows: [[String]]) -> String {
        var out = "<table class=\"chart-data\">\n" + cell("caption", caption) + "\n<thead>\n<tr>"
        out += header.map { cell("th", $0, scope: "col") }.joined() + "</tr>\n</thead>\n<tbody>\n"
        for r in rows {
            out += "<tr>" + (r.first.map { cell("th", $0, scope: "row") } ?? "")
            out += r.dropFirst().map { cell("td", $0) }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Whether a table of `panels` needs lower/upper columns.
    static func hasBands(_ panels: [LineChart]) -> Bool {
        panels.contains { p in p.bandDescription != nil && p.series.contains { $0.points.contains { $0.lower != nil || $0.upper != nil } } }
    }

    static func lineRows(_ c: LineChart, bands: Bool, panel: String?) -> [[String]] {
        c.series.flatMap { s in
            s.points.map { p -> [String] in
                var r = (panel.map { [$0] } ?? []) + [s.label, num(p.x), num(p.y)]
                if bands { r += [p.lower.map(num) ?? "", p.upper.map(num) ?? ""] }
                return r
            }
        }
    }

    static func render(_ chart: Chart) -> String {
        switch chart {
        case .line(let c):
            let bands = hasBands([c])
            let header = ["Series", c.xAxis.title, c.yAxis.title] + (bands ? ["lower", "upper"] : [])
            return table(caption: "Data: \(c.title)", header: header, rows: lineRows(c, bands: bands, panel: nil))
        case .multiples(let m):
            let bands = hasBands(m.panels)
            let x = m.panels.first?.xAxis.title ?? "x", y = m.panels.first?.yAxis.title ?? "y"
            let header = ["Panel", "Series", x, y] + (bands ? ["lower", "upper"] : [])
            return table(caption: "Data: \(m.title)", header: header,
                         rows: m.panels.flatMap { lineRows($0, bands: bands, panel: $0.title) })
        case .bar(let c):
            let header = ["Category"] + c.groups.map(\.label)
            let rows = c.categories.enumerated().map { i, cat in
                [cat] + c.groups.map { g -> String in
                    guard let (v, e) = BarChartRenderer.entry(g, i) else { return "" }
                    return e.map { "\(num(v)) ± \(num($0))" } ?? num(v)
                }
            }
            let caption = "Data: \(c.title)" + (c.errorDescription.map { " (\($0))" } ?? "")
            return table(caption: caption, header: header, rows: rows)
        }
    }
}
