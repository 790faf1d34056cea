/// The parts every chart shares: the `<svg>` element with its accessibility wiring and style,
/// the visible heading, and the "no data" note.
enum ChartShell {
    /// Overall width of line and bar charts in user units (the SVG scales to its container).
    static let width = 720.0
    /// Height reserved at the top for a one-line visible title.
    static let headingHeight = 34.0
    /// Extra height of a second title line.
    static let titleLineHeight = 16.0

    /// Height reserved at the top for `title` in a chart `width` wide (one or two lines).
    static func headingHeight(_ title: String, width: Double) -> Double {
        headingHeight + Double(titleLines(title, width: width).count - 1) * titleLineHeight
    }

    /// The title in one line, or — when it does not fit in `width − 32` even at the smallest
    /// size — in two lines broken at the space nearest the middle.
    static func titleLines(_ title: String, width: Double) -> [String] {
        guard XMLText.width(title, fontSize: 10) * 1.12 > width - 32 else { return [title] }
        let spaces = title.indices.filter { title[$0] == " " }
        let middle = title.count / 2
        guard let cut = spaces.min(by: {
            abs(title.distance(from: title.startIndex, to: $0) - middle) < abs(title.distance(from: title.startIndex, to: $1) - middle)
        }) else { return [title] }
        return [String(title[..<cut]), String(title[title.index(after: cut)...])]
    }

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
        let lines = titleLines(title, width: width)
        let size = lines.map { titleSize($0, width: width) }.min() ?? 15
        for (i, line) in lines.enumerated() {
            w.label(line, x: 16, y: 22 + Double(i) * titleLineHeight, size: size, cssClass: "svgc-text svgc-title")
        }
    }

    /// The title's font size: 15, shrunk (to no less than 10) so the title fits in `width − 32`
    /// (its estimated width taken 12 % wider, as titles are bold).
    static func titleSize(_ title: String, width: Double) -> Double {
        let natural = XMLText.width(title, fontSize: 15) * 1.12
        guard natural > width - 32, natural > 0 else { return 15 }
        return max(10, (15 * (width - 32) / natural * 2).rounded(.down) / 2)
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

    /// `notes` broken at spaces into lines no wider than `width` (a note that fits stays one line).
    static func wrappedNotes(_ notes: [String], width: Double) -> [String] {
        notes.flatMap { XMLText.width($0, fontSize: 11) <= width ? [$0] : Legend.wrap($0, width: width * 12 / 11) }
    }

    /// Lines of muted notes (band or error-bar meaning) starting at baseline `y`; returns the height used.
    static func notes(_ w: inout SVGWriter, _ lines: [String], x: Double, y: Double) {
        for (i, line) in lines.enumerated() {
            w.label(line, x: x, y: y + Double(i) * 16, size: 11, cssClass: "svgc-muted", fill: "#555555")
        }
    }
}
