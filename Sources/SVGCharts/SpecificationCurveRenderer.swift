import Markup

/// `SpecificationCurve` → SVG text. Top panel: per column a point at the estimate with its interval
/// as a vertical bar, coloured and shaped by verdict (PASS blue circle, FAIL vermillion square,
/// INCONCLUSIVE grey diamond, so it survives greyscale), a dashed zero line, nice 1-2-5 y ticks.
/// Bottom panel: one row per choice, a filled dot where the column uses the alternative, a small
/// hollow ring where it keeps the default. Deterministic: same value ⇒ same bytes.
public enum SpecificationCurveRenderer {
    static let verdictColor: [String: String] = ["PASS": "#0072B2", "FAIL": "#D55E00", "INCONCLUSIVE": "#777777"]

    /// The `<svg>` element at the width of the other charts (720 user units).
    public static func render(_ c: SpecificationCurve) -> String { render(c, width: ChartShell.width) }

    /// The `<svg>` element laid out `width` user units wide; narrower than the other charts (a
    /// phone's ``ChartRenderer/narrowWidth``) it keeps 11-unit text: a narrower row-label column,
    /// the title and the notes wrapped to the width.
    public static func render(_ c: SpecificationCurve, width: Double) -> String {
        var w = SVGWriter(chartID: c.id)
        let cols = c.sortedColumns
        let narrow = width < ChartShell.width
        let left = narrow ? min(170, 24 + (c.choiceRows.map { XMLText.width($0, fontSize: 11) }.max() ?? 0)) : 170.0
        let right = narrow ? 12.0 : 24.0, plotH = 200.0
        let top = (narrow ? ChartShell.headingHeight(c.title, width: width) : ChartShell.headingHeight) + 14
        let allNotes = ["rows: ● alternative used, ○ default kept", c.intervalDescription]
        let notes = narrow ? ChartShell.wrappedNotes(allNotes, width: width - 32) : allNotes
        let rowH = 18.0, legendH = 24.0 + 16 * Double(notes.count)
        let plotW = width - left - right
        let bottomTop = top + plotH + 24
        let height = bottomTop + Double(c.choiceRows.count) * rowH + legendH
        ChartShell.open(&w, width: width, height: height, title: c.title, desc: c.description)
        let finite = cols.flatMap { [$0.low, $0.high, $0.estimate] }.filter(\.isFinite) + [0]
        let (lo, hi) = TickGenerator.niceDomain(min: finite.min()!, max: max(finite.max()!, finite.min()! + 1e-9))
        let ticks = TickGenerator.linear(min: lo, max: hi)
        func y(_ v: Double) -> Double { top + plotH - (v - lo) / (hi - lo) * plotH }
        let step = cols.isEmpty ? 0 : plotW / Double(cols.count)
        func x(_ i: Int) -> Double { left + step * (Double(i) + 0.5) }
        // Axes, grid and ticks.
        for t in ticks where t.isMajor {
            w.empty("line", [("x1", SVGWriter.num(left)), ("y1", SVGWriter.num(y(t.value))), ("x2", SVGWriter.num(left + plotW)),
                             ("y2", SVGWriter.num(y(t.value))), ("stroke", "#e3e3e3"), ("class", "svgc-grid")])
            w.label(t.label, x: left - 6, y: y(t.value) + 4, anchor: "end", size: 11)
        }
        w.empty("line", [("x1", SVGWriter.num(left)), ("y1", SVGWriter.num(top)), ("x2", SVGWriter.num(left)),
                         ("y2", SVGWriter.num(top + plotH)), ("stroke", "#444444"), ("class", "svgc-axis")])
        w.empty("line", [("x1", SVGWriter.num(left)), ("y1", SVGWriter.num(y(0))), ("x2", SVGWriter.num(left + plotW)),
                         ("y2", SVGWriter.num(y(0))), ("stroke", "#444444"), ("stroke-dasharray", "5 4"), ("class", "svgc-ref")])
        w.label(c.yTitle, x: 16, y: top + plotH / 2, anchor: "middle", size: 11,
                extra: [("transform", "rotate(-90 16 \(SVGWriter.num(top + plotH / 2)))")])
        if cols.isEmpty { ChartShell.noData(&w, in: PlotRect(left: left, top: top, width: plotW, height: plotH)) }
        // Intervals and estimates.
        for (i, col) in cols.enumerated() where col.estimate.isFinite {
            let color = verdictColor[col.verdict] ?? "#777777"
            w.open("g", [("class", "svgc-spec"), ("aria-label", "\(col.label): \(NumberFormat.format(col.estimate, decimals: 3)) [\(NumberFormat.format(col.low, decimals: 3)), \(NumberFormat.format(col.high, decimals: 3))], \(col.verdict)")])
            if col.low.isFinite && col.high.isFinite {
                w.empty("line", [("x1", SVGWriter.num(x(i))), ("y1", SVGWriter.num(y(col.low))), ("x2", SVGWriter.num(x(i))),
                                 ("y2", SVGWriter.num(y(col.high))), ("stroke", color), ("stroke-width", "2")])
            }
            marker(&w, verdict: col.verdict, x: x(i), y: y(col.estimate), color: color)
            w.close("g")
        }
        // Bottom panel: which alternative each column uses.
        for (r, name) in c.choiceRows.enumerated() {
            let ry = bottomTop + Double(r) * rowH + rowH / 2
            w.label(name, x: left - 8, y: ry + 4, anchor: "end", size: 11)
            for (i, col) in cols.enumerated() {
                if col.alternatives[r] {
                    w.empty("circle", [("cx", SVGWriter.num(x(i))), ("cy", SVGWriter.num(ry)), ("r", "4.5"), ("fill", "#222222"), ("class", "svgc-f0")])
                } else {
                    w.empty("circle", [("cx", SVGWriter.num(x(i))), ("cy", SVGWriter.num(ry)), ("r", "2"), ("fill", "none"), ("stroke", "#aaaaaa")])
                }
            }
        }
        // Legend below everything (never over data).
        let ly = height - legendH + 18
        var lx = narrow ? 24 : left
        for v in ["PASS", "FAIL", "INCONCLUSIVE"] {
            marker(&w, verdict: v, x: lx, y: ly - 4, color: verdictColor[v]!)
            w.label(v, x: lx + 9, y: ly, size: 11)
            lx += narrow ? 80 : 110
        }
        ChartShell.notes(&w, notes, x: 16, y: ly + 16)
        ChartShell.close(&w)
        return w.text
    }

    static func marker(_ w: inout SVGWriter, verdict: String, x: Double, y: Double, color: String) {
        switch verdict {
        case "PASS":
            w.empty("circle", [("cx", SVGWriter.num(x)), ("cy", SVGWriter.num(y)), ("r", "4.5"), ("fill", color)])
        case "FAIL":
            w.empty("rect", [("x", SVGWriter.num(x - 4)), ("y", SVGWriter.num(y - 4)), ("width", "8"), ("height", "8"), ("fill", color)])
        default:
            w.empty("path", [("d", "M\(SVGWriter.num(x)) \(SVGWriter.num(y - 5))L\(SVGWriter.num(x + 5)) \(SVGWriter.num(y))L\(SVGWriter.num(x)) \(SVGWriter.num(y + 5))L\(SVGWriter.num(x - 5)) \(SVGWriter.num(y))Z"), ("fill", color)])
        }
    }

    /// The plotted numbers as an HTML table (columns in plotted order).
    public static func dataTable(_ c: SpecificationCurve) -> String {
        HTMLTable(header: ["Reading", "Estimate", "95% CI low", "95% CI high", "Verdict"],
                  textRows: c.sortedColumns.map { [$0.label, NumberFormat.format($0.estimate, decimals: 3),
                                                   NumberFormat.format($0.low, decimals: 3), NumberFormat.format($0.high, decimals: 3), $0.verdict] },
                  numericColumns: [1, 2, 3]).render()
    }
}
