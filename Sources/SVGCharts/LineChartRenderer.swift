import Markup

/// Renders a ``LineChart`` to SVG; also draws the panels of ``SmallMultiples``.
enum LineChartRenderer {
    static let plotHeight = 260.0
    static let stripRowHeight = 16.0

    /// The plot's height: `height` less the strip row a paper guide takes when any of `panels`
    /// has one, so a guide does not make the figure taller (and the printed page longer).
    static func plotHeight(_ height: Double, _ panels: [LineChart]) -> Double {
        panels.contains { $0.guide != nil } ? height - stripRowHeight : height
    }

    /// All x values that should fit on the x axis: points, shaded ranges, reference lines.
    static func xValues(_ c: LineChart) -> [Double] {
        c.series.flatMap { $0.points.map(\.x) } + c.shadedRanges.flatMap { [$0.from, $0.to] } + c.referenceLines.map(\.x)
            + (c.guide?.anchorX.map { [$0] } ?? [])
    }

    /// All y values that should fit on the y axis: means, and band edges when bands are drawn.
    static func yValues(_ c: LineChart) -> [Double] {
        c.series.flatMap { s in
            s.points.flatMap { p -> [Double] in
                c.bandDescription == nil ? [p.y] : [p.y] + [p.lower.map { max($0, s.band.floor) }, p.upper].compactMap { $0 }
            }
        } + c.referenceLevels.map(\.y) + (c.guide?.anchorY.map { [$0] } ?? [])
    }

    /// Rows of labels (shaded ranges, reference lines, the paper's guide) needed above the plot.
    static func stripRows(_ c: LineChart) -> Int {
        (c.shadedRanges.isEmpty ? 0 : 1) + (c.referenceLines.isEmpty ? 0 : 1) + (c.guide == nil ? 0 : 1)
    }

    /// Legend entries, one per series, in series order.
    static func legendEntries(_ series: [Series], styles: StyleTable) -> [Legend.Entry] {
        series.map { Legend.Entry(label: $0.label, style: styles[$0.key], isBar: false) }
    }

    static func render(_ c: LineChart, width: Double = ChartShell.width) -> String {
        var w = SVGWriter(chartID: c.id)
        let x = ResolvedAxis.resolve(c.xAxis, values: xValues(c))
        let y = ResolvedAxis.resolve(c.yAxis, values: yValues(c))
        let left = 46 + y.labelWidth(fontSize: AxisPainter.tickFont)
        let lastX = x.ticks.last { !$0.label.isEmpty }.map { XMLText.width($0.label, fontSize: AxisPainter.tickFont) / 2 + 8 } ?? 0
        let right = max(24, lastX)
        let top = ChartShell.headingHeight(c.title, width: width) + 8 + Double(stripRows(c)) * stripRowHeight
        let rect = PlotRect(left: left, top: top, width: width - left - right, height: plotHeight(plotHeight, [c]))
        let styles = StyleTable(series: c.series)
        let legend = Legend(entries: legendEntries(c.series, styles: styles), width: width - 32)
        let notes = ChartShell.wrappedNotes([c.bandDescription].compactMap { $0 }, width: width - 32)
        let legendTop = rect.bottom + 54
        let notesTop = legendTop + legend.height + 14
        let height = notesTop + Double(notes.count) * 16 + (notes.isEmpty ? -4 : 0)

        ChartShell.open(&w, width: width, height: height, title: c.title, desc: ChartDescription.line(c, x: x, y: y))
        drawPanel(&w, c, styles: styles, x: x, y: y, rect: rect, labelX: true, labelY: true)
        AxisPainter.xTitle(&w, c.xAxis.title, left: rect.left, right: rect.right, y: rect.bottom + 40)
        AxisPainter.yTitle(&w, c.yAxis.title, x: 20, top: rect.top, bottom: rect.bottom)
        legend.draw(&w, left: 16, top: legendTop)
        ChartShell.notes(&w, notes, x: 16, y: notesTop)
        ChartShell.close(&w)
        return w.text
    }

    /// Draws one plot: ranges, the paper guide's hatched region, grid, axes, bands, lines, markers,
    /// reference lines, and the labels of ranges, reference lines and the guide in the strip above
    /// `rect` (the guide on the top row, the ranges below it, the reference lines next to the plot).
    static func drawPanel(_ w: inout SVGWriter, _ c: LineChart, styles: StyleTable, x: ResolvedAxis, y: ResolvedAxis, rect: PlotRect,
                          labelX: Bool, labelY: Bool) {
        let n = SVGWriter.num
        let rows = stripRows(c)
        for (i, r) in c.shadedRanges.enumerated() where r.from.isFinite && r.to.isFinite {
            let a = clamp(LinePainter.px(min(r.from, r.to), x, rect), rect.left, rect.right)
            let b = clamp(LinePainter.px(max(r.from, r.to), x, rect), rect.left, rect.right)
            guard b > a else { continue }
            w.empty("rect", [("x", n(a)), ("y", n(rect.top)), ("width", n(b - a)), ("height", n(rect.height)),
                             ("fill", "#000000"), ("fill-opacity", i % 2 == 0 ? "0.035" : "0.07"), ("class", "svgc-range")])
            w.label(r.label, x: (a + b) / 2, y: rect.top - 6 - Double(rows - 1 - (c.guide == nil ? 0 : 1)) * stripRowHeight,
                    anchor: "middle", size: 11, cssClass: "svgc-muted", fill: "#555555")
        }
        if let g = c.guide {
            GuidePainter.region(&w, g, x: x, y: y, rect: rect)
            GuidePainter.label(&w, g, rect: rect, baseline: rect.top - 6 - Double(rows - 1) * stripRowHeight)
        }
        AxisPainter.grid(&w, x: x, y: y, rect: rect)
        let clipID = w.nextID("clip")
        w.open("defs")
        w.open("clipPath", [("id", clipID)])
        w.empty("rect", [("x", n(rect.left - 5)), ("y", n(rect.top - 5)), ("width", n(rect.width + 10)),
                         ("height", n(rect.height + 10))])
        w.close("clipPath")
        w.close("defs")
        w.open("g", [("clip-path", "url(#\(clipID))")])
        if c.bandDescription != nil {
            for s in c.series { ghosted(&w, styles[s.key]) { LinePainter.band(&$0, s, style: styles[s.key], x: x, y: y, rect: rect) } }
        }
        for s in c.series { ghosted(&w, styles[s.key]) { LinePainter.line(&$0, s, style: styles[s.key], x: x, y: y, rect: rect) } }
        w.close("g")
        for r in c.referenceLevels where r.y.isFinite {
            let py = LinePainter.py(r.y, y, rect)
            guard py >= rect.top - 0.5, py <= rect.bottom + 0.5 else { continue }
            w.empty("line", [("x1", n(rect.left)), ("y1", n(py)), ("x2", n(rect.right)), ("y2", n(py)),
                             ("stroke", "#555555"), ("stroke-width", "1.2"), ("stroke-dasharray", "2 3"), ("class", "svgc-ref")])
            // Above the line unless that leaves the plot, then below it.
            // A halo keeps it legible where the data cross it (it is drawn over the series).
            let below = py - 4 - 11 < rect.top
            w.label(r.label, x: rect.right - 4, y: below ? py + 13 : py - 4, anchor: "end",
                    size: 11, cssClass: "svgc-muted svgc-halo", fill: "#555555", extra: ChartStyle.halo)
        }
        for r in c.referenceLines where r.x.isFinite {
            let px = LinePainter.px(r.x, x, rect)
            guard px >= rect.left - 0.5, px <= rect.right + 0.5 else { continue }
            w.empty("line", [("x1", n(px)), ("y1", n(rect.top - 4)), ("x2", n(px)), ("y2", n(rect.bottom)),
                             ("stroke", "#555555"), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3"), ("class", "svgc-ref")])
            let textWidth = XMLText.width(r.label, fontSize: 11)
            let flip = px + 4 + textWidth > rect.right + 20
            w.label(r.label, x: flip ? px - 4 : px + 4, y: rect.top - 6, anchor: flip ? "end" : "start",
                    size: 11, cssClass: "svgc-muted", fill: "#555555")
        }
        AxisPainter.axes(&w, x: x, y: y, rect: rect, labelX: labelX, labelY: labelY)
        let anyPoint = c.series.contains { s in s.points.contains { x.isPlottable($0.x) && y.isPlottable($0.y) } }
        if !anyPoint { ChartShell.noData(&w, in: rect) }
    }

    /// Wraps a drawing in a group at reduced opacity when `style` is ghosted.
    static func ghosted(_ w: inout SVGWriter, _ style: SeriesStyle, _ draw: (inout SVGWriter) -> Void) {
        if style.ghosted {
            w.open("g", [("opacity", NumberFormat.trimmed(ChartStyle.ghostOpacity, decimals: 2))])
            draw(&w)
            w.close("g")
        } else {
            draw(&w)
        }
    }

    static func clamp(_ v: Double, _ lo: Double, _ hi: Double) -> Double { min(max(v, lo), hi) }
}
