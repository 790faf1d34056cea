/// Draws grid lines, axis lines, ticks, tick labels and axis titles around a plot rectangle.
enum AxisPainter {
    static let tickFont = 11.0
    static let titleFont = 12.0

    /// Horizontal grid lines at the major y ticks and vertical ones at the major x ticks.
    static func grid(_ w: inout SVGWriter, x: ResolvedAxis?, y: ResolvedAxis, rect: PlotRect) {
        w.open("g", [("stroke", "#e3e3e3"), ("stroke-width", "1"), ("class", "svgc-grid")])
        for t in y.ticks where t.isMajor {
            let py = y.position(t.value, from: rect.bottom, to: rect.top)
            w.empty("line", [("x1", SVGWriter.num(rect.left)), ("y1", SVGWriter.num(py)),
                             ("x2", SVGWriter.num(rect.right)), ("y2", SVGWriter.num(py))])
        }
        if let x {
            for t in x.ticks where t.isMajor {
                let px = x.position(t.value, from: rect.left, to: rect.right)
                w.empty("line", [("x1", SVGWriter.num(px)), ("y1", SVGWriter.num(rect.top)),
                                 ("x2", SVGWriter.num(px)), ("y2", SVGWriter.num(rect.bottom))])
            }
        }
        w.close("g")
    }

    /// Axis lines (left and bottom), tick marks, and tick labels where requested.
    static func axes(_ w: inout SVGWriter, x: ResolvedAxis?, y: ResolvedAxis, rect: PlotRect,
                     labelX: Bool, labelY: Bool) {
        w.open("g", [("stroke", "#333333"), ("stroke-width", "1"), ("class", "svgc-axis")])
        w.empty("line", [("x1", SVGWriter.num(rect.left)), ("y1", SVGWriter.num(rect.top)),
                         ("x2", SVGWriter.num(rect.left)), ("y2", SVGWriter.num(rect.bottom))])
        w.empty("line", [("x1", SVGWriter.num(rect.left)), ("y1", SVGWriter.num(rect.bottom)),
                         ("x2", SVGWriter.num(rect.right)), ("y2", SVGWriter.num(rect.bottom))])
        for t in y.ticks {
            let py = y.position(t.value, from: rect.bottom, to: rect.top)
            w.empty("line", [("x1", SVGWriter.num(rect.left - (t.isMajor ? 5 : 3))), ("y1", SVGWriter.num(py)),
                             ("x2", SVGWriter.num(rect.left)), ("y2", SVGWriter.num(py))])
        }
        if let x {
            for t in x.ticks {
                let px = x.position(t.value, from: rect.left, to: rect.right)
                w.empty("line", [("x1", SVGWriter.num(px)), ("y1", SVGWriter.num(rect.bottom)),
                                 ("x2", SVGWriter.num(px)), ("y2", SVGWriter.num(rect.bottom + (t.isMajor ? 5 : 3)))])
            }
        }
        w.close("g")
        if labelY {
            for t in y.ticks where !t.label.isEmpty {
                let py = y.position(t.value, from: rect.bottom, to: rect.top)
                w.label(t.label, x: rect.left - 8, y: py + 4, anchor: "end", size: tickFont)
            }
        }
        if let x, labelX {
            for t in x.ticks where !t.label.isEmpty {
                let px = x.position(t.value, from: rect.left, to: rect.right)
                w.label(t.label, x: px, y: rect.bottom + 18, anchor: "middle", size: tickFont)
            }
        }
    }

    /// The x title centred below `left…right` at baseline `y`.
    static func xTitle(_ w: inout SVGWriter, _ title: String, left: Double, right: Double, y: Double) {
        w.label(title, x: (left + right) / 2, y: y, anchor: "middle", size: titleFont)
    }

    /// The y title rotated by -90° and centred on `top…bottom`, its baseline at `x`.
    static func yTitle(_ w: inout SVGWriter, _ title: String, x: Double, top: Double, bottom: Double) {
        let cy = (top + bottom) / 2
        w.label(title, x: x, y: cy, anchor: "middle", size: titleFont,
                extra: [("transform", "rotate(-90 \(SVGWriter.num(x)) \(SVGWriter.num(cy)))")])
    }
}
