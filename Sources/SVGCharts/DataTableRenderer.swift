import Markup

/// Renders the numbers behind a chart as an HTML `<table>` (for a `<details>` beside the figure).
/// Written by ``HTMLTable``; numbers go through ``NumberFormat``: each column gets one number of
/// decimals (enough for about five significant digits of its values), and NaN and ∞ are spelled
/// out, so diverged runs stay visible.
enum DataTableRenderer {
    /// Formats the numbers of one column with a shared number of decimals.
    struct Column {
        let decimals: Int
        init(_ values: [Double]) {
            decimals = values.filter(\.isFinite).map { v -> Int in
                let s = NumberFormat.compact(v, significant: 5)
                return s.split(separator: ".").dropFirst().first?.count ?? 0
            }.max() ?? 0
        }
        func callAsFunction(_ v: Double) -> String { NumberFormat.format(v, decimals: decimals) }
    }

    /// The table (``HTMLTable``: class `chart-data`, first column as row headers), ending in a newline.
    static func table(caption: String, header: [String], rows: [[String]]) -> String {
        HTMLTable(header: header, textRows: rows, caption: caption, className: "chart-data", rowHeaders: true).render() + "\n"
    }

    /// Whether a table of `panels` needs lower/upper columns.
    static func hasBands(_ panels: [LineChart]) -> Bool {
        panels.contains { p in p.bandDescription != nil && p.series.contains { $0.points.contains { $0.lower != nil || $0.upper != nil } } }
    }

    /// The x, y and band columns' formats over all points of `panels`.
    static func columns(_ panels: [LineChart]) -> (x: Column, y: Column, band: Column) {
        let points = panels.flatMap { $0.series.flatMap(\.points) }
        return (Column(points.map(\.x)), Column(points.map(\.y)),
                Column(points.flatMap { [$0.lower, $0.upper].compactMap { $0 } }))
    }

    /// " (n = k of N)" for a partial seed count, "" otherwise.
    static func suffix(_ seeds: SeedCount?) -> String { seeds.map { " (\($0.text))" } ?? "" }

    static func lineRows(_ c: LineChart, bands: Bool, panel: String?,
                         format: (x: Column, y: Column, band: Column)) -> [[String]] {
        c.series.flatMap { s in
            s.points.map { p -> [String] in
                var r = (panel.map { [$0] } ?? []) + [s.label, format.x(p.x), format.y(p.y) + suffix(p.seeds)]
                if bands { r += [p.lower.map { format.band($0) } ?? "", p.upper.map { format.band($0) } ?? ""] }
                return r
            }
        }
    }

    static func render(_ chart: Chart) -> String {
        switch chart {
        case .line(let c):
            let bands = hasBands([c])
            let header = ["Series", c.xAxis.title, c.yAxis.title] + (bands ? ["lower", "upper"] : [])
            return table(caption: "Data: \(c.title)", header: header,
                         rows: lineRows(c, bands: bands, panel: nil, format: columns([c])))
        case .multiples(let m):
            let bands = hasBands(m.panels)
            let x = m.panels.first?.xAxis.title ?? "x", y = m.panels.first?.yAxis.title ?? "y"
            let header = ["Panel", "Series", x, y] + (bands ? ["lower", "upper"] : [])
            return table(caption: "Data: \(m.title)", header: header,
                         rows: m.panels.flatMap { lineRows($0, bands: bands, panel: $0.title, format: columns(m.panels)) })
        case .bar(let c):
            let header = ["Category"] + c.groups.map(\.label)
            let value = Column(c.groups.flatMap(\.values)), error = Column(c.groups.flatMap { $0.errors ?? [] })
            let rows = c.categories.enumerated().map { i, cat in
                [cat] + c.groups.map { g -> String in
                    guard let (v, e) = BarChartRenderer.entry(g, i) else { return "" }
                    return (e.map { "\(value(v)) ± \(error($0))" } ?? value(v)) + suffix(g.seedCount(i))
                }
            }
            let caption = "Data: \(c.title)" + (c.errorDescription.map { " (\($0))" } ?? "")
            return table(caption: caption, header: header, rows: rows)
        }
    }
}
