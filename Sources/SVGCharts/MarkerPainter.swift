/// Draws point markers in a series' colour and shape.
enum MarkerPainter {
    static let radius = 3.5

    /// One marker centred at (`cx`, `cy`).
    static func draw(_ w: inout SVGWriter, shape: MarkerShape, cx: Double, cy: Double, style: SeriesStyle) {
        let r = radius
        let n = SVGWriter.num
        let color = style.color
        let fillClass = "svgc-f\(style.colorIndex) svgc-mk"
        let filled: [(String, String)] = [("fill", color), ("stroke", "#ffffff"), ("stroke-width", "1"), ("class", fillClass)]
        switch shape {
        case .circle:
            w.empty("circle", [("cx", n(cx)), ("cy", n(cy)), ("r", n(r))] + filled)
        case .square:
            w.empty("rect", [("x", n(cx - r)), ("y", n(cy - r)), ("width", n(2 * r)), ("height", n(2 * r))] + filled)
        case .triangle:
            let d = "M\(n(cx)) \(n(cy - r * 1.2))L\(n(cx + r * 1.15)) \(n(cy + r * 0.85))L\(n(cx - r * 1.15)) \(n(cy + r * 0.85))Z"
            w.empty("path", [("d", d)] + filled)
        case .diamond:
            let d = "M\(n(cx)) \(n(cy - r * 1.3))L\(n(cx + r * 1.3)) \(n(cy))L\(n(cx)) \(n(cy + r * 1.3))L\(n(cx - r * 1.3)) \(n(cy))Z"
            w.empty("path", [("d", d)] + filled)
        case .cross:
            let d = "M\(n(cx - r)) \(n(cy - r))L\(n(cx + r)) \(n(cy + r))M\(n(cx - r)) \(n(cy + r))L\(n(cx + r)) \(n(cy - r))"
            w.empty("path", [("d", d), ("fill", "none"), ("stroke", color), ("stroke-width", "2"),
                             ("class", "svgc-s\(style.colorIndex)")])
        }
    }
}
