import Markup

/// The legend, laid out in rows below the plot area so it never covers data.
struct Legend {
    /// One legend entry: a swatch in the series style and its label.
    struct Entry: Equatable {
        var label: String
        var style: SeriesStyle
        /// Bars get a filled square swatch, lines a short line with a marker.
        var isBar: Bool
    }

    static let rowHeight = 18.0
    static let font = 12.0
    static let swatchWidth = 26.0

    var entries: [Entry]
    /// Left edge of each entry relative to the legend origin, and its row.
    private(set) var positions: [(x: Double, row: Int)] = []
    /// Number of rows used (0 without entries).
    private(set) var rows = 0

    /// Each entry's label, in lines (more than one only for a label wider than the legend).
    private(set) var lines: [[String]] = []

    /// Lays out `entries` in rows no wider than `width`; a label too wide for a row of its own
    /// is broken at spaces over several rows.
    init(entries: [Entry], width: Double) {
        self.entries = entries
        var x = 0.0, row = 0
        for e in entries {
            let w = Self.swatchWidth + 6 + XMLText.width(e.label, fontSize: Self.font) + 18
            if x > 0 && x + w > width { x = 0; row += 1 }
            positions.append((x, row))
            if w > width {
                let broken = Self.wrap(e.label, width: width - Self.swatchWidth - 24)
                lines.append(broken)
                row += broken.count - 1
                x = width
            } else {
                lines.append([e.label])
                x += w
            }
        }
        rows = entries.isEmpty ? 0 : row + 1
    }

    /// `label` broken greedily at spaces into lines no wider than `width` (a single word may be wider).
    static func wrap(_ label: String, width: Double) -> [String] {
        var out: [String] = [], current = ""
        for word in label.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && XMLText.width(candidate, fontSize: font) > width {
                out.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        return out + [current]
    }

    /// Height the legend needs.
    var height: Double { Double(rows) * Self.rowHeight }

    /// Draws the legend with its first row's centre line at `top + 9`, starting at `left`.
    func draw(_ w: inout SVGWriter, left: Double, top: Double) {
        guard !entries.isEmpty else { return }
        w.open("g", [("class", "svgc-legend")])
        for ((e, p), text) in zip(zip(entries, positions), lines) {
            let x = left + p.x
            let cy = top + Double(p.row) * Self.rowHeight + 9
            let opacity: [(String, String)] = e.style.ghosted ? [("opacity", NumberFormat.trimmed(ChartStyle.ghostOpacity, decimals: 2))] : []
            w.open("g", opacity)
            if e.isBar {
                BarChartRenderer.barRect(&w, x: x + 6, y: cy - 7, width: 14, height: 14, style: e.style)
            } else {
                LinePainter.strokeLine(&w, x1: x, y1: cy, x2: x + Self.swatchWidth, y2: cy, style: e.style)
                MarkerPainter.draw(&w, shape: e.style.marker, cx: x + Self.swatchWidth / 2, cy: cy, style: e.style)
            }
            w.close("g")
            for (i, line) in text.enumerated() {
                w.label(line, x: x + Self.swatchWidth + 6, y: cy + 4 + Double(i) * Self.rowHeight, size: Self.font)
            }
        }
        w.close("g")
    }
}
