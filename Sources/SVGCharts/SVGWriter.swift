import Markup

/// Builds SVG text element by element, with attributes in the order given, every number through
/// ``NumberFormat`` and every text escaped. Also hands out ids `<chartId>-<kind>-<n>`.
struct SVGWriter {

    private(set) var text = ""
    /// Sanitised chart id, prefix of every id.
    let chartID: String
    private var counters: [String: Int] = [:]
    private var depth = 0

    init(chartID: String) {
        self.chartID = XMLText.identifier(chartID)
    }

    /// A fresh id `<chartId>-<kind>-<n>`, n counting from 0 per kind.
    mutating func nextID(_ kind: String) -> String {
        let n = counters[kind, default: 0]
        counters[kind] = n + 1
        return "\(chartID)-\(kind)-\(n)"
    }

    /// A coordinate or length: at most two decimals, trailing zeros removed.
    static func num(_ v: Double) -> String { NumberFormat.trimmed(v, decimals: 2) }

    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        text += String(repeating: " ", count: depth) + "<" + name
        for (k, v) in attributes { text += " \(k)=\"\(Escape.xml(v))\"" }
    }

    /// `<name a="…">` and indent what follows.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        text += ">\n"
        depth += 1
    }

    /// `</name>`.
    mutating func close(_ name: String) {
        depth -= 1
        text += String(repeating: " ", count: depth) + "</\(name)>\n"
    }

    /// `<name a="…"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        start(name, attributes)
        text += "/>\n"
    }

    /// `<name a="…">escaped content</name>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], content: String) {
        start(name, attributes)
        text += ">" + Escape.xml(content) + "</\(name)>\n"
    }

    /// `<name a="…">raw</name>` where `raw` is already valid markup (used for `<style>`).
    mutating func raw(_ name: String, _ attributes: [(String, String)] = [], markup: String) {
        start(name, attributes)
        text += ">" + markup + "</\(name)>\n"
    }

    /// A `<text>` element at (x, y) with the given anchor, size, colour class and optional extras.
    mutating func label(_ s: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
                        cssClass: String = "svgc-text", fill: String = "#222222", extra: [(String, String)] = []) {
        var attributes: [(String, String)] = [("x", Self.num(x)), ("y", Self.num(y))]
        attributes += extra
        attributes += [("font-size", Self.num(size)), ("text-anchor", anchor), ("fill", fill), ("class", cssClass)]
        element("text", attributes, content: s)
    }
}
