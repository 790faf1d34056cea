/// The parts every chart shares: the `<svg>` element with its accessibility wiring and style,
/// the visible heading, and the "no data" note.
enum ChartShell {
    /// Overall width of line and bar charts in user units (the SVG scales to its container).
    static let width = 720.0
    /// Height reserved at the top for the visible title.
    static let headingHeight = 34.0

    /// Opens `<svg>` and writes `<title>`, `<desc>`, `<style>` and the background rectangle.
    static func open(_ w: inout SVGWriter, width: Double, height: Double, title: String, desc: String) {
        let titleID = w.nextID("title")
        let descID = w.nextID("desc")
        w.open("svg", [("xmlns", "http://www.w3.org/2000/svg"),
                       ("viewBox", "0 0 \(SVGWriter.num(width)) \(SVGWriter.num(height))"),
                       ("role", "img"), ("aria-labelledby", "\(titleID) \(descID)"),
                       ("class", "svgc"), ("id", w.nextID("svg"))])
        w.element("title", [("id", titleID)], content: title)
        w.element("desc", [("id", descID)], content: desc)
        w.raw("style", markup: ChartStyle.css)
        w.empty("rect", [("x", "0"), ("y", "0"), ("width", SVGWriter.num(width)), ("height", SVGWriter.num(height)),
                         ("fill", "#ffffff"), ("class", "svgc-bg")])
        w.label(title, x: 16, y: 22, size: 15, cssClass: "svgc-text svgc-title")
    }

    /// Closes the `<svg>` element.
    static func close(_ w: inout SVGWriter) {
        w.close("svg")
    }

    /// A centred muted "no data" note in `rect`.
    static func noData(_ w: inout SVGWriter, in rect: PlotRect) {
        w.label("no data", x: rect.centerX, y: rect.centerY + 5, anchor: "middle", size: 14,
                cssClass: "svgc-muted", fill: "#666666")
    }

    /// Lines of muted notes (band or error-bar meaning) starting at baseline `y`; returns the height used.
    static func notes(_ w: inout SVGWriter, _ lines: [String], x: Double, y: Double) {
        for (i, line) in lines.enumerated() {
            w.label(line, x: x, y: y + Double(i) * 16, size: 11, cssClass: "svgc-muted", fill: "#555555")
        }
    }
}
