import Foundation
import Markup

/// Renders a grouped ``BarChart`` with optional error whiskers to SVG.
enum BarChartRenderer {
    static let plotHeight = 260.0

    /// A filled bar (or legend swatch) in the group's colour; ghosted bars get a dashed outline.
    static func barRect(_ w: inout SVGWriter, x: Double, y: Double, width: Double, height: Double, style: SeriesStyle) {
        let n = SVGWriter.num
        var a: [(String, String)] = [("x", n(x)), ("y", n(y)), ("width", n(width)), ("height", n(height)),
                                     ("fill", style.color)]
        if style.ghosted {
            a += [("stroke", style.color), ("stroke-width", "1.5"), ("stroke-dasharray", ChartStyle.ghostDash),
                  ("class", "svgc-f\(style.colorIndex) svgc-s\(style.colorIndex)")]
        } else {
            a += [("class", "svgc-f\(style.colorIndex)")]
        }
        w.empty("rect", a)
    }

    /// Value, error and whether it is drawable, for group `g` in category `i`.
    static func entry(_ g: BarGroup, _ i: Int) -> (value: Double, error: Double?)? {
        guard i < g.values.count else { return nil }
        let e = g.errors.flatMap { i < $0.count ? $0[i] : nil }
        return (g.values[i], e)
    }

    static func yValues(_ c: BarChart) -> [Double] {
        c.groups.flatMap { g in
            c.categories.indices.flatMap { i -> [Double] in
                guard let (v, e) = entry(g, i) else { return [] }
                guard let e, e.isFinite else { return [v] }
                return [v, v - abs(e), v + abs(e)]
            }
        }
    }

    static func description(_ c: BarChart, y: ResolvedAxis) -> String {
        var s = "Bar chart: " + ChartDescription.sentence(c.description)
        s += " Y axis: \(y.summary). Categories: " + (c.categories.isEmpty ? "none" : c.categories.joined(separator: ", ")) + "."
        s += " Groups: " + (c.groups.isEmpty ? "none" : c.groups.map(\.label).joined(separator: ", ")) + "."
        if let e = c.errorDescription { s += " " + ChartDescription.sentence(e) }
        var skipped: [String] = [], partial: [String] = []
        for g in c.groups {
            for (i, cat) in c.categories.enumerated() {
                guard let (v, e) = entry(g, i) else { continue }
                if !y.isPlottable(v) { skipped.append("\(g.label) in \(cat): value=\(NumberFormat.compact(v))") }
                if let e, !e.isFinite { skipped.append("\(g.label) in \(cat): error=\(NumberFormat.compact(e))") }
                if let k = g.seedCount(i) { partial.append("\(g.label) in \(cat): \(k.text)") }
            }
        }
        return s + ChartDescription.skippedSentence(skipped) + ChartDescription.partialSentence(partial)
    }

    static func render(_ c: BarChart, width: Double = ChartShell.width) -> String {
        var w = SVGWriter(chartID: c.id)
        let n = SVGWriter.num
        let y = ResolvedAxis.resolve(c.yAxis, values: yValues(c), includeZero: true)
        let left = 46 + y.labelWidth(fontSize: AxisPainter.tickFont)
        var rect = PlotRect(left: left, top: ChartShell.headingHeight(c.title, width: width) + 12, width: width - left - 24, height: plotHeight)
        let nC = max(c.categories.count, 1)
        let firstBand = rect.width / Double(nC)
        let widest = c.categories.map { XMLText.width($0, fontSize: AxisPainter.tickFont) }.max() ?? 0
        let rotate = widest > firstBand - 6
        if rotate, let first = c.categories.first {
            // A label rotated by -30° reaches cos 30° × its width to the left of its bar centre.
            let overflow = XMLText.width(first, fontSize: AxisPainter.tickFont) * 0.87 - (rect.left + firstBand / 2) + 12
            if overflow > 0 { rect.left += overflow; rect.width -= overflow }
        }
        let bandWidth = rect.width / Double(nC)
        let labelDepth = rotate ? widest * 0.5 + 14 : 18
        let styles = StyleTable(keys: c.groups.map(\.key))
        let legend = Legend(entries: c.groups.map { Legend.Entry(label: $0.label, style: styles[$0.key], isBar: true) },
                            width: width - 32)
        let notes = [c.errorDescription].compactMap { $0 }
        let legendTop = rect.bottom + labelDepth + 16
        let notesTop = legendTop + legend.height + 14
        let height = notesTop + Double(notes.count) * 16 + (notes.isEmpty ? -4 : 0)
        rect.height = plotHeight

        ChartShell.open(&w, width: width, height: height, title: c.title, desc: description(c, y: y))
        AxisPainter.grid(&w, x: nil, y: y, rect: rect)
        let baseValue = y.axis.scale == .log10 ? y.lower : min(max(0, y.lower), y.upper)
        let base = y.position(baseValue, from: rect.bottom, to: rect.top)
        let band = bandWidth
        let inner = band * 0.8
        let barWidth = inner / Double(max(c.groups.count, 1))
        var whiskers: [(x: Double, lo: Double, hi: Double)] = []
        var drewAny = false
        for (gi, g) in c.groups.enumerated() {
            let style = styles[g.key]
            w.open("g", style.ghosted ? [("opacity", NumberFormat.trimmed(ChartStyle.ghostOpacity, decimals: 2))] : [])
            for i in c.categories.indices {
                guard let (v, e) = entry(g, i), y.isPlottable(v) else { continue }
                let x0 = rect.left + band * Double(i) + (band - inner) / 2 + barWidth * Double(gi)
                let top = clamp(y.position(v, from: rect.bottom, to: rect.top), rect.top, rect.bottom)
                barRect(&w, x: x0 + 1, y: min(top, base), width: max(barWidth - 2, 1), height: abs(base - top), style: style)
                drewAny = true
                if let e, e.isFinite, e != 0 {
                    let lo = v - abs(e), hi = v + abs(e)
                    let plo = y.isPlottable(lo) ? y.position(lo, from: rect.bottom, to: rect.top) : rect.bottom
                    let phi = y.position(hi, from: rect.bottom, to: rect.top)
                    whiskers.append((x0 + barWidth / 2, clamp(plo, rect.top, rect.bottom), clamp(phi, rect.top, rect.bottom)))
                }
            }
            w.close("g")
        }
        if !whiskers.isEmpty {
            let cap = min(barWidth * 0.25, 6)
            w.open("g", [("stroke", "#222222"), ("stroke-width", "1.5"), ("class", "svgc-axis")])
            for wh in whiskers {
                w.empty("path", [("d", "M\(n(wh.x)) \(n(wh.lo))L\(n(wh.x)) \(n(wh.hi))"
                                 + "M\(n(wh.x - cap)) \(n(wh.lo))L\(n(wh.x + cap)) \(n(wh.lo))"
                                 + "M\(n(wh.x - cap)) \(n(wh.hi))L\(n(wh.x + cap)) \(n(wh.hi))")])
            }
            w.close("g")
        }
        AxisPainter.axes(&w, x: nil, y: y, rect: rect, labelX: false, labelY: true)
        if base > rect.top + 0.5 && base < rect.bottom - 0.5 {
            w.empty("line", [("x1", n(rect.left)), ("y1", n(base)), ("x2", n(rect.right)), ("y2", n(base)),
                             ("stroke", "#333333"), ("stroke-width", "1"), ("class", "svgc-axis")])
        }
        for (i, cat) in c.categories.enumerated() {
            let cx = rect.left + band * (Double(i) + 0.5)
            if rotate {
                w.label(cat, x: cx, y: rect.bottom + 14, anchor: "end", size: AxisPainter.tickFont,
                        extra: [("transform", "rotate(-30 \(n(cx)) \(n(rect.bottom + 14)))")])
            } else {
                w.label(cat, x: cx, y: rect.bottom + 18, anchor: "middle", size: AxisPainter.tickFont)
            }
        }
        AxisPainter.yTitle(&w, c.yAxis.title, x: 20, top: rect.top, bottom: rect.bottom)
        if !drewAny { ChartShell.noData(&w, in: rect) }
        legend.draw(&w, left: 16, top: legendTop)
        ChartShell.notes(&w, notes, x: 16, y: notesTop)
        ChartShell.close(&w)
        return w.text
    }

    static func clamp(_ v: Double, _ lo: Double, _ hi: Double) -> Double { min(max(v, lo), hi) }
}
