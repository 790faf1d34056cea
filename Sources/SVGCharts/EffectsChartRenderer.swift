import Markup

/// `EffectsChart` → SVG text: a Pareto chart of factorial effects. One row per drawn bar, largest
/// |estimate| on top; the bar runs from the zero line to the estimate, its interval is a whisker
/// with caps (none when an end is not finite). Main effects are Okabe–Ito blue (#0072B2),
/// interactions orange (#E69F00) and hatched, so the two differ in greyscale too; a bar whose
/// interval excludes 0 (after Holm) is filled (blue solid / orange hatch), any other is hollow (a
/// solid blue / dashed orange outline). The label column is on the left (labels longer than
/// ``maxLabelCharacters`` or wider than the column are cut with "…"; the full label is the bar
/// group's `<title>`), nice 1-2-5 x ticks below, then a legend and the notes (the interval's
/// meaning and, when bars were left out, "+N smaller effects not shown").
///
/// The x domain is the nice widening of 0 and every finite estimate and interval end of the
/// drawn bars, with each side of zero at least ``minimumSideFraction`` of the larger side, so the
/// zero line never sits on the plot's edge. Deterministic: same value ⇒ same bytes.
public enum EffectsChartRenderer {
    static let mainColor = "#0072B2", mainColorIndex = 5
    static let interactionColor = "#E69F00", interactionColorIndex = 1
    /// Colour of the neutral filled/hollow swatches in the legend.
    static let neutralColor = "#777777"
    static let rowHeight = 24.0
    static let barHeight = 14.0
    static let labelFont = 12.0
    /// Labels on the chart keep at most this many characters (the last one being "…").
    static let maxLabelCharacters = 34
    /// Each side of zero spans at least this fraction of the larger side.
    static let minimumSideFraction = 0.2
    /// Dash of a hollow interaction bar's outline.
    static let hollowInteractionDash = "4 2"
    /// Plot height when there is nothing to draw (room for the "no data" note).
    static let emptyPlotHeight = 120.0

    /// `label` as drawn: unchanged when it has at most ``maxLabelCharacters`` characters and is
    /// at most `maxWidth` wide at ``labelFont``; otherwise its longest prefix (trailing spaces and
    /// separators "=", "×", ",", ";", ":" dropped) that fits with "…" appended.
    static func displayLabel(_ label: String, maxWidth: Double) -> String {
        func fits(_ s: String) -> Bool { s.count <= maxLabelCharacters && XMLText.width(s, fontSize: labelFont) <= maxWidth }
        if fits(label) { return label }
        var keep = min(label.count, maxLabelCharacters - 1)
        while keep > 0 {
            var prefix = String(label.prefix(keep))
            while let last = prefix.last, " =×,;:".contains(last) { prefix.removeLast() }
            if fits(prefix + "…") { return prefix + "…" }
            keep -= 1
        }
        return "…"
    }

    /// The x domain (see the type documentation) for the finite values `values`.
    static func domain(_ values: [Double]) -> (Double, Double) {
        let finite = values.filter(\.isFinite) + [0]
        var lo = finite.min()!, hi = finite.max()!
        let side = max(-lo, hi)
        lo = min(lo, -minimumSideFraction * side)
        hi = max(hi, minimumSideFraction * side)
        return TickGenerator.niceDomain(min: lo, max: hi)
    }

    /// "label: estimate [low, high], main effect, interval excludes 0 (Holm)".
    static func ariaLabel(_ b: EffectsChart.Bar) -> String {
        let f = { (v: Double) in NumberFormat.format(v, decimals: 3) }
        return "\(b.label): \(f(b.estimate)) [\(f(b.low)), \(f(b.high))], "
            + (b.kind == .main ? "main effect" : "interaction") + ", "
            + (b.significant ? "interval excludes 0 (Holm)" : "interval includes 0")
    }

    /// The visible notes: the count of bars left out (if any) and the interval's meaning.
    static func notes(_ c: EffectsChart) -> [String] {
        let hidden = c.hiddenCount
        let footnote = hidden == 0 ? [] : ["+\(hidden) smaller effect\(hidden == 1 ? "" : "s") not shown (all are in the data table)"]
        return footnote + [c.intervalDescription]
    }

    /// The bar's rectangle in its kind and significance style.
    static func barRect(_ w: inout SVGWriter, x: Double, y: Double, width: Double, height: Double,
                        kind: EffectsChart.Kind, significant: Bool, hatchID: String) {
        let n = SVGWriter.num
        var a: [(String, String)] = [("x", n(x)), ("y", n(y)), ("width", n(width)), ("height", n(height))]
        switch (kind, significant) {
        case (.main, true):
            a += [("fill", mainColor), ("class", "svgc-f\(mainColorIndex)")]
        case (.main, false):
            a += [("fill", "none"), ("stroke", mainColor), ("stroke-width", "1.5"), ("class", "svgc-s\(mainColorIndex)")]
        case (.interaction, true):
            a += [("fill", "url(#\(hatchID))"), ("stroke", interactionColor), ("stroke-width", "1.5"),
                  ("class", "svgc-s\(interactionColorIndex)")]
        case (.interaction, false):
            a += [("fill", "none"), ("stroke", interactionColor), ("stroke-width", "1.5"),
                  ("stroke-dasharray", hollowInteractionDash), ("class", "svgc-s\(interactionColorIndex)")]
        }
        w.empty("rect", a)
    }

    /// A legend entry: swatch kind and text.
    enum Swatch { case main, interaction, filled, hollow }

    /// The `<svg>` element at the width of the other charts (720 user units), ending in a newline.
    public static func render(_ c: EffectsChart) -> String { render(c, width: ChartShell.width) }

    /// The `<svg>` element laid out `width` user units wide (e.g. ``ChartRenderer/narrowWidth`` for
    /// a phone: the label column takes at most 40 % of it).
    public static func render(_ c: EffectsChart, width: Double) -> String {
        var w = SVGWriter(chartID: c.id)
        let n = SVGWriter.num
        let shown = c.shownBars
        let maxLabelWidth = min(250, width * 0.4)
        let labels = shown.map { displayLabel($0.label, maxWidth: maxLabelWidth) }
        let labelColumn = max(40, labels.map { XMLText.width($0, fontSize: labelFont) }.max() ?? 0)
        let left = 16 + labelColumn + 10
        let top = ChartShell.headingHeight(c.title, width: width) + 12
        let plotH = shown.isEmpty ? emptyPlotHeight : Double(shown.count) * rowHeight
        let rect = PlotRect(left: left, top: top, width: width - left - 24, height: plotH)

        // Legend rows (swatch 14 + gap 6 + text + gap 18), wrapped to the chart width.
        let entries: [(Swatch, String)] = [(.main, "main effect"), (.interaction, "interaction"),
                                           (.filled, "filled: interval excludes 0 (Holm)"), (.hollow, "hollow: interval includes 0")]
        var placed: [(x: Double, row: Int)] = []
        var lx = 0.0, row = 0
        for (_, text) in entries {
            let ew = 14 + 6 + XMLText.width(text, fontSize: Legend.font) + 18
            if lx > 0 && lx + ew > width - 32 { lx = 0; row += 1 }
            placed.append((lx, row))
            lx += ew
        }
        let noteLines = notes(c).flatMap { Legend.wrap($0, width: width - 32) }
        let legendTop = rect.bottom + 52
        let notesTop = legendTop + Double(row + 1) * Legend.rowHeight + 14
        let height = notesTop + Double(noteLines.count) * 16

        var desc = c.description
        if c.hiddenCount > 0 { desc += " The \(shown.count) largest of \(c.bars.count) effects are drawn." }
        ChartShell.open(&w, width: width, height: height, title: c.title, desc: desc)
        let hatchID = w.nextID("hatch")
        w.open("defs")
        w.open("pattern", [("id", hatchID), ("patternUnits", "userSpaceOnUse"), ("width", "6"), ("height", "6"),
                           ("patternTransform", "rotate(45)")])
        w.empty("rect", [("x", "0"), ("y", "0"), ("width", "3"), ("height", "6"), ("fill", interactionColor),
                         ("class", "svgc-f\(interactionColorIndex)")])
        w.close("pattern")
        w.close("defs")

        let values = shown.flatMap { [$0.estimate, $0.low, $0.high] }
        let (lo, hi) = domain(values)
        let ticks = TickGenerator.linear(min: lo, max: hi)
        func x(_ v: Double) -> Double { rect.left + (v - lo) / (hi - lo) * rect.width }

        // Grid, bottom axis with ticks and labels, axis title.
        w.open("g", [("stroke", "#e3e3e3"), ("stroke-width", "1"), ("class", "svgc-grid")])
        for t in ticks where t.isMajor {
            w.empty("line", [("x1", n(x(t.value))), ("y1", n(rect.top)), ("x2", n(x(t.value))), ("y2", n(rect.bottom))])
        }
        w.close("g")
        w.open("g", [("stroke", "#333333"), ("stroke-width", "1"), ("class", "svgc-axis")])
        w.empty("line", [("x1", n(rect.left)), ("y1", n(rect.bottom)), ("x2", n(rect.right)), ("y2", n(rect.bottom))])
        for t in ticks {
            w.empty("line", [("x1", n(x(t.value))), ("y1", n(rect.bottom)), ("x2", n(x(t.value))), ("y2", n(rect.bottom + 5))])
        }
        w.close("g")
        for t in ticks where !t.label.isEmpty {
            w.label(t.label, x: x(t.value), y: rect.bottom + 18, anchor: "middle", size: AxisPainter.tickFont)
        }
        AxisPainter.xTitle(&w, c.xTitle, left: rect.left, right: rect.right, y: rect.bottom + 38)
        if shown.isEmpty { ChartShell.noData(&w, in: rect) }

        // One group per bar: full label as <title>, bar, whisker, row label.
        let zero = x(0)
        for (i, (b, text)) in zip(shown, labels).enumerated() {
            let cy = rect.top + rowHeight * (Double(i) + 0.5)
            w.open("g", [("class", "svgc-effect"), ("aria-label", ariaLabel(b))])
            w.element("title", content: b.label)
            if b.estimate.isFinite {
                let end = x(b.estimate)
                let bw = max(abs(end - zero), 1)
                barRect(&w, x: end < zero ? zero - bw : zero, y: cy - barHeight / 2, width: bw, height: barHeight,
                        kind: b.kind, significant: b.significant, hatchID: hatchID)
                if b.low.isFinite && b.high.isFinite {
                    let (a, z) = (x(b.low), x(b.high))
                    w.empty("path", [("d", "M\(n(a)) \(n(cy))L\(n(z)) \(n(cy))M\(n(a)) \(n(cy - 4))L\(n(a)) \(n(cy + 4))"
                                      + "M\(n(z)) \(n(cy - 4))L\(n(z)) \(n(cy + 4))"),
                                     ("fill", "none"), ("stroke", "#222222"), ("stroke-width", "1.5"), ("class", "svgc-axis")])
                }
            } else {
                w.label("no estimate (\(NumberFormat.format(b.estimate, decimals: 3)))", x: zero + 6, y: cy + 4,
                        size: AxisPainter.tickFont, cssClass: "svgc-muted", fill: "#555555")
            }
            w.label(text, x: rect.left - 8, y: cy + 4, anchor: "end", size: labelFont)
            w.close("g")
        }
        // The zero line, over the bars' edges (none without bars: it would cross the "no data" note).
        if !shown.isEmpty {
            w.empty("line", [("x1", n(zero)), ("y1", n(rect.top)), ("x2", n(zero)), ("y2", n(rect.bottom)),
                             ("stroke", "#333333"), ("stroke-width", "1"), ("class", "svgc-axis")])
        }

        // Legend below the plot (never over data), then the notes.
        w.open("g", [("class", "svgc-legend")])
        for ((swatch, text), p) in zip(entries, placed) {
            let sx = 16 + p.x, cy = legendTop + Double(p.row) * Legend.rowHeight + 9
            switch swatch {
            case .main:
                barRect(&w, x: sx, y: cy - 7, width: 14, height: 14, kind: .main, significant: true, hatchID: hatchID)
            case .interaction:
                barRect(&w, x: sx, y: cy - 7, width: 14, height: 14, kind: .interaction, significant: true, hatchID: hatchID)
            case .filled:
                w.empty("rect", [("x", n(sx)), ("y", n(cy - 7)), ("width", "14"), ("height", "14"), ("fill", neutralColor)])
            case .hollow:
                w.empty("rect", [("x", n(sx + 0.75)), ("y", n(cy - 6.25)), ("width", "12.5"), ("height", "12.5"), ("fill", "none"),
                                 ("stroke", neutralColor), ("stroke-width", "1.5")])
            }
            w.label(text, x: sx + 20, y: cy + 4, size: Legend.font)
        }
        w.close("g")
        ChartShell.notes(&w, noteLines, x: 16, y: notesTop)
        ChartShell.close(&w)
        return w.text
    }

    /// All bars (drawn or not) as an HTML table, in the drawn order (class `chart-data`, the
    /// effect's name as row header), ending in a newline.
    public static func dataTable(_ c: EffectsChart) -> String {
        let bars = c.sortedBars
        let f = DataTableRenderer.Column(bars.flatMap { [$0.estimate, $0.low, $0.high] })
        let rows = bars.map { b in
            [b.label, b.kind == .main ? "main effect" : "interaction", f(b.estimate), f(b.low), f(b.high), b.significant ? "yes" : "no"]
        }
        return HTMLTable(header: ["Effect", "Kind", "Estimate", "Interval low", "Interval high", "Interval excludes 0 (Holm)"],
                         textRows: rows, caption: "Data: \(c.title) (\(c.intervalDescription))", className: "chart-data",
                         numericColumns: [2, 3, 4], rowHeaders: true).render() + "\n"
    }
}
