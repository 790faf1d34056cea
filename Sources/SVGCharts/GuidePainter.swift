import Markup

/// Draws a ``PaperGuide``: the hatched region of a `side` or `after` guide inside the plot (behind
/// the data) and the guide's label with its arrow glyph in the strip row above the plot.
enum GuidePainter {
    /// Label size; shrunk to no less than ``minFontSize`` when the label is wider than the panel.
    static let fontSize = 11.0
    static let minFontSize = 10.0
    /// The guide's ink in light mode (the muted grey of reference lines; dark mode recolours it
    /// through the `svgc-ref` and `svgc-muted` classes).
    static let ink = "#555555"
    /// Width taken by the arrow glyph before the label.
    static let glyphWidth = 16.0

    /// The font size at which `text` fits in `available` units: 11, or less down to 10.
    static func size(_ text: String, available: Double) -> Double {
        let natural = XMLText.width(text, fontSize: fontSize)
        guard natural > available, natural > 0 else { return fontSize }
        return max(minFontSize, (fontSize * available / natural * 2).rounded(.down) / 2)
    }

    /// The expected region inside the plot: for a `side` guide the side of y hatched (clipped to
    /// `rect`); for an `after` guide a dotted line at x and an arrow along the top of the plot from
    /// x to the right edge (a hatch there would cover the data of a whole panel); nothing for the others.
    static func region(_ w: inout SVGWriter, _ g: PaperGuide, x: ResolvedAxis, y: ResolvedAxis, rect: PlotRect) {
        let n = SVGWriter.num
        switch g.mark {
        case .side(let v, let above):
            guard v.isFinite, y.isPlottable(v) else { return }
            let py = LineChartRenderer.clamp(LinePainter.py(v, y, rect), rect.top, rect.bottom)
            let (top, bottom) = above ? (rect.top, py) : (py, rect.bottom)
            guard bottom > top else { return }
            let id = w.nextID("hatch")
            w.open("defs")
            w.open("pattern", [("id", id), ("patternUnits", "userSpaceOnUse"), ("width", "7"), ("height", "7"),
                               ("patternTransform", "rotate(45)")])
            w.empty("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "7"), ("stroke", ink), ("stroke-width", "1.2"),
                             ("stroke-opacity", "0.3"), ("class", "svgc-ref")])
            w.close("pattern")
            w.close("defs")
            w.empty("rect", [("x", n(rect.left)), ("y", n(top)), ("width", n(rect.width)), ("height", n(bottom - top)),
                             ("fill", "url(#\(id))"), ("class", "svgc-guide")])
        case .after(let v):
            guard v.isFinite, x.isPlottable(v) else { return }
            let px = LineChartRenderer.clamp(LinePainter.px(v, x, rect), rect.left, rect.right)
            guard rect.right - px > 12 else { return }
            w.empty("line", [("x1", n(px)), ("y1", n(rect.top)), ("x2", n(px)), ("y2", n(rect.bottom)),
                             ("stroke", ink), ("stroke-width", "1.5"), ("stroke-dasharray", "1 3"), ("class", "svgc-ref svgc-guide")])
            arrow(&w, from: (px + 2, rect.top + 7), to: (rect.right - 2, rect.top + 7))
        case .trend, .order:
            return
        }
    }

    /// The arrow glyph and the label, starting at the plot's left edge on the strip row whose
    /// baseline is `baseline`; the label may run `overhang` units past the plot's right edge.
    static func label(_ w: inout SVGWriter, _ g: PaperGuide, rect: PlotRect, baseline: Double, overhang: Double = 16) {
        arrow(&w, g.mark, cx: rect.left + glyphWidth / 2 - 2, cy: baseline - 4)
        let available = rect.width + overhang - glyphWidth
        w.label(g.text, x: rect.left + glyphWidth, y: baseline, size: size(g.text, available: available),
                cssClass: "svgc-muted svgc-guide", fill: ink, extra: [("font-style", "italic")])
    }

    /// The unit direction of the mark's arrow in SVG coordinates (y down).
    static func direction(_ mark: PaperGuide.Mark) -> (dx: Double, dy: Double) {
        let d = 0.5.squareRoot()
        switch mark {
        case .trend(let rising): return rising ? (d, -d) : (d, d)
        case .order(let above), .side(_, let above): return above ? (0, -1) : (0, 1)
        case .after: return (1, 0)
        }
    }

    /// An arrow 12 units long centred on (cx, cy) pointing the mark's way.
    static func arrow(_ w: inout SVGWriter, _ mark: PaperGuide.Mark, cx: Double, cy: Double) {
        let (dx, dy) = direction(mark)
        arrow(&w, from: (cx - dx * 6, cy - dy * 6), to: (cx + dx * 6, cy + dy * 6))
    }

    /// An arrow from `tail` to `head`: a stroke and a filled head 5 units long.
    static func arrow(_ w: inout SVGWriter, from tail: (Double, Double), to head: (Double, Double)) {
        let n = SVGWriter.num
        let length = ((head.0 - tail.0) * (head.0 - tail.0) + (head.1 - tail.1) * (head.1 - tail.1)).squareRoot()
        guard length > 0 else { return }
        let (dx, dy) = ((head.0 - tail.0) / length, (head.1 - tail.1) / length)
        let back = (head.0 - dx * 5, head.1 - dy * 5), (px, py) = (-dy * 3.2, dx * 3.2)
        w.empty("line", [("x1", n(tail.0)), ("y1", n(tail.1)), ("x2", n(back.0)), ("y2", n(back.1)), ("stroke", ink),
                         ("stroke-width", "1.8"), ("class", "svgc-ref svgc-guide")])
        w.empty("path", [("d", "M\(n(head.0)) \(n(head.1))L\(n(back.0 + px)) \(n(back.1 + py))L\(n(back.0 - px)) \(n(back.1 - py))Z"),
                         ("fill", ink), ("class", "svgc-muted svgc-guide")])
    }
}
