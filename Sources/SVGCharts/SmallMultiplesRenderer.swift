import Foundation

/// Renders ``SmallMultiples``: a grid of line panels with a shared x scale (and a shared y scale
/// when `sharedY`), panel titles, axis titles once, and one legend for all panels.
enum SmallMultiplesRenderer {
    static let panelHeight = 170.0
    static let panelTitleHeight = 20.0
    static let xLabelHeight = 24.0

    /// Series of all panels, first occurrence of each key, for the one legend.
    static func legendSeries(_ panels: [LineChart]) -> [Series] {
        var seen = Set<String>()
        var out: [Series] = []
        for p in panels { for s in p.series where seen.insert(s.key).inserted { out.append(s) } }
        return out
    }

    /// `minWidth` is the narrowest the figure may be; it grows by 250 per extra column.
    static func render(_ m: SmallMultiples, minWidth: Double = ChartShell.width) -> String {
        var w = SVGWriter(chartID: m.id)
        let columns = max(1, m.columns)
        let rows = max(1, (m.panels.count + columns - 1) / columns)
        let first = m.panels.first
        let xAxis = first?.xAxis ?? Axis(title: "")
        let yAxis = first?.yAxis ?? Axis(title: "")
        let x = ResolvedAxis.resolve(xAxis, values: m.panels.flatMap(LineChartRenderer.xValues))
        let sharedYAxis = ResolvedAxis.resolve(yAxis, values: m.panels.flatMap(LineChartRenderer.yValues))
        let yAxes = m.panels.map { p in
            m.sharedY ? sharedYAxis : ResolvedAxis.resolve(p.yAxis, values: LineChartRenderer.yValues(p))
        }
        let labelWidth = (yAxes + [sharedYAxis]).map { $0.labelWidth(fontSize: AxisPainter.tickFont) }.max() ?? 0
        let width = max(minWidth, Double(columns) * 250 + 80)
        let left = 46 + labelWidth
        let right = 24.0
        let gap = m.sharedY ? 30 : labelWidth + 30
        let panelWidth = (width - left - right - gap * Double(columns - 1)) / Double(columns)
        let strip = Double(m.panels.map(LineChartRenderer.stripRows).max() ?? 0) * LineChartRenderer.stripRowHeight
        // Panel titles wider than the panel wrap at spaces (bold text runs about 10 % wider).
        let titles = m.panels.map { Legend.wrap($0.title, width: panelWidth * 0.9) }
        let titleHeight = panelTitleHeight + Double(max(0, (titles.map(\.count).max() ?? 1) - 1)) * titleLineHeight
        let plotHeight = LineChartRenderer.plotHeight(panelHeight, m.panels)
        let rowHeight = titleHeight + strip + plotHeight + xLabelHeight
        let gridTop = ChartShell.headingHeight(m.title, width: width) + 4
        let headings = groupHeadings(m.panels, columns: columns, rows: rows)
        var rowTops: [Double] = []
        var nextTop = gridTop
        for r in 0..<rows {
            if headings[r] != nil { nextTop += groupHeight }
            rowTops.append(nextTop)
            nextTop += rowHeight
        }
        let gridBottom = nextTop
        let styles = StyleTable(series: m.panels.flatMap(\.series))
        let legend = Legend(entries: LineChartRenderer.legendEntries(legendSeries(m.panels), styles: styles), width: width - 32)
        var notes: [String] = []
        for d in m.panels.compactMap(\.bandDescription) where !notes.contains(d) { notes.append(d) }
        notes = ChartShell.wrappedNotes(notes, width: width - 32)
        let legendTop = gridBottom + 26
        let notesTop = legendTop + legend.height + 14
        let height = notesTop + Double(notes.count) * 16 + (notes.isEmpty ? -4 : 0)

        ChartShell.open(&w, width: width, height: height, title: m.title, desc: description(m, x: x, yAxes: yAxes))
        for (r, heading) in headings.enumerated() {
            if let heading {
                w.label(heading, x: 16, y: rowTops[r] - 8, size: 13, cssClass: "svgc-text svgc-title")
            }
        }
        for (i, panel) in m.panels.enumerated() {
            let col = i % columns, row = i / columns
            let rect = PlotRect(left: left + Double(col) * (panelWidth + gap),
                                top: rowTops[row] + titleHeight + strip,
                                width: panelWidth, height: plotHeight)
            if panel.emphasised {
                let frameLeft = rect.left - ((!m.sharedY || col == 0) ? labelWidth + 14 : 8)
                w.empty("rect", [("x", SVGWriter.num(frameLeft)), ("y", SVGWriter.num(rowTops[row])),
                                 ("width", SVGWriter.num(rect.right + 8 - frameLeft)),
                                 ("height", SVGWriter.num(rowHeight - 2)), ("rx", "4"), ("fill", "none"),
                                 ("stroke", "#333333"), ("stroke-width", "1.5"), ("class", "svgc-axis")])
            }
            for (k, line) in titles[i].enumerated() {
                w.label(line, x: rect.left, y: rowTops[row] + 14 + Double(k) * titleLineHeight, size: 12,
                        cssClass: "svgc-text svgc-title")
            }
            LineChartRenderer.drawPanel(&w, panel, styles: styles, x: x, y: yAxes[i], rect: rect,
                                        labelX: i + columns >= m.panels.count, labelY: !m.sharedY || col == 0)
        }
        if m.panels.isEmpty {
            ChartShell.noData(&w, in: PlotRect(left: left, top: gridTop, width: width - left - right, height: panelHeight))
        }
        AxisPainter.xTitle(&w, xAxis.title, left: left, right: width - right, y: gridBottom + 12)
        // One y title for the grid only when it is true of every panel; otherwise panel titles say it.
        if m.sharedY || Set(m.panels.map(\.yAxis.title)).count <= 1 {
            AxisPainter.yTitle(&w, yAxis.title, x: 20, top: gridTop, bottom: gridBottom - xLabelHeight)
        }
        legend.draw(&w, left: 16, top: legendTop)
        ChartShell.notes(&w, notes, x: 16, y: notesTop)
        ChartShell.close(&w)
        return w.text
    }

    /// Height of each extra line of a wrapped panel title.
    static let titleLineHeight = 15.0

    /// Height of the heading line above a row where a panel group starts.
    static let groupHeight = 22.0

    /// Per row, the group heading to print above it: the group of the row's first panel when it
    /// differs from the previous row's (nil when unchanged or absent).
    static func groupHeadings(_ panels: [LineChart], columns: Int, rows: Int) -> [String?] {
        var previous: String?
        return (0..<rows).map { r in
            let g = r * columns < panels.count ? panels[r * columns].group : nil
            defer { previous = g }
            return g != nil && g != previous ? g : nil
        }
    }

    static func description(_ m: SmallMultiples, x: ResolvedAxis, yAxes: [ResolvedAxis]) -> String {
        var s = "Small multiples: " + ChartDescription.sentence(m.description)
        s += " \(m.panels.count) panels in \(max(1, m.columns)) columns; x scale shared"
        s += m.sharedY ? ", y scale shared." : ", y scale per panel."
        if m.panels.isEmpty { s += " No data." }
        for (p, y) in zip(m.panels, yAxes) {
            s += " " + ChartDescription.line(p, x: x, y: y, kind: "Panel “\(p.title)”")
        }
        return s
    }
}
