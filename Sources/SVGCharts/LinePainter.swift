/// Draws series lines, their shaded bands and markers inside a plot rectangle.
///
/// A point that cannot be drawn (NaN/∞, or ≤ 0 on a log axis) ends the current segment: the
/// path restarts with a new `M` after it. Segments of a single point show as a lone marker.
enum LinePainter {
    /// Markers are drawn on every point up to this many points, otherwise on about this many.
    static let maxMarkers = 24

    /// A straight line in the series' colour and dash.
    static func strokeLine(_ w: inout SVGWriter, x1: Double, y1: Double, x2: Double, y2: Double, style: SeriesStyle) {
        var a: [(String, String)] = [("x1", SVGWriter.num(x1)), ("y1", SVGWriter.num(y1)),
                                     ("x2", SVGWriter.num(x2)), ("y2", SVGWriter.num(y2)),
                                     ("stroke", style.color), ("stroke-width", "2")]
        if let dash = style.dash { a.append(("stroke-dasharray", dash)) }
        a.append(("class", "svgc-s\(style.colorIndex)"))
        w.empty("line", a)
    }

    /// Runs of consecutive drawable points, as indices into `points`.
    static func segments(_ points: [DataPoint], x: ResolvedAxis, y: ResolvedAxis,
                         drawable: (DataPoint) -> Bool) -> [[Int]] {
        var result: [[Int]] = []
        var current: [Int] = []
        for (i, p) in points.enumerated() {
            if x.isPlottable(p.x) && y.isPlottable(p.y) && drawable(p) {
                current.append(i)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Whether the point has a drawable band on axis `y`.
    static func hasBand(_ p: DataPoint, y: ResolvedAxis) -> Bool {
        guard let lo = p.lower, let hi = p.upper else { return false }
        return y.isPlottable(lo) && y.isPlottable(hi)
    }

    /// The shaded band of `series` (between lower and upper, the lower edge never below the
    /// floor of its ``Series/band``), one closed path per run.
    static func band(_ w: inout SVGWriter, _ series: Series, style: SeriesStyle, x: ResolvedAxis, y: ResolvedAxis, rect: PlotRect) {
        let runs = segments(series.points, x: x, y: y) { hasBand($0, y: y) }.filter { $0.count > 1 }
        guard !runs.isEmpty else { return }
        var d = ""
        for run in runs {
            let upper = run.map { (px(series.points[$0].x, x, rect), py(series.points[$0].upper!, y, rect)) }
            let lower = run.reversed().map { (px(series.points[$0].x, x, rect), py(max(series.points[$0].lower!, series.band.floor), y, rect)) }
            for (k, p) in (upper + lower).enumerated() {
                d += (k == 0 ? "M" : "L") + SVGWriter.num(p.0) + " " + SVGWriter.num(p.1)
            }
            d += "Z"
        }
        w.empty("path", [("d", d), ("fill", style.color), ("fill-opacity", style.ghosted ? "0.1" : "0.18"),
                         ("stroke", "none"), ("class", "svgc-f\(style.colorIndex)")])
    }

    /// The mean line of `series` (restarting after each undrawable point) and its markers.
    static func line(_ w: inout SVGWriter, _ series: Series, style: SeriesStyle, x: ResolvedAxis, y: ResolvedAxis, rect: PlotRect) {
        let runs = segments(series.points, x: x, y: y) { _ in true }
        var d = ""
        for run in runs where run.count > 1 {
            for (k, i) in run.enumerated() {
                let p = series.points[i]
                d += (k == 0 ? "M" : "L") + SVGWriter.num(px(p.x, x, rect)) + " " + SVGWriter.num(py(p.y, y, rect))
            }
        }
        if !d.isEmpty {
            var a: [(String, String)] = [("d", d), ("fill", "none"), ("stroke", style.color), ("stroke-width", "2"),
                                         ("stroke-linejoin", "round")]
            if let dash = style.dash { a.append(("stroke-dasharray", dash)) }
            a.append(("class", "svgc-s\(style.colorIndex)"))
            w.empty("path", a)
        }
        let drawable = runs.reduce(0) { $0 + $1.count }
        let stride = drawable <= maxMarkers ? 1 : (drawable + maxMarkers - 1) / maxMarkers
        var seen = 0
        for run in runs {
            for i in run {
                defer { seen += 1 }
                guard run.count == 1 || seen % stride == 0 || i == run.last else { continue }
                let p = series.points[i]
                MarkerPainter.draw(&w, shape: style.marker, cx: px(p.x, x, rect), cy: py(p.y, y, rect), style: style)
            }
        }
    }

    static func px(_ v: Double, _ x: ResolvedAxis, _ rect: PlotRect) -> Double {
        x.position(v, from: rect.left, to: rect.right)
    }

    static func py(_ v: Double, _ y: ResolvedAxis, _ rect: PlotRect) -> Double {
        y.position(v, from: rect.bottom, to: rect.top)
    }
}
