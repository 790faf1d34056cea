/// Turns chart values into SVG text, data tables, and overlays. Output is deterministic:
/// identical input gives identical bytes.
public enum ChartRenderer {
    /// The `<svg …>…</svg>` element (no XML prolog) for inlining in HTML. Every id in it is
    /// `<chartId>-<kind>-<n>`, so many charts can share one page.
    public static func render(_ chart: Chart) -> String {
        var svg: String
        switch chart {
        case .line(let c): svg = LineChartRenderer.render(c)
        case .bar(let c): svg = BarChartRenderer.render(c)
        case .multiples(let m): svg = SmallMultiplesRenderer.render(m)
        }
        if svg.hasSuffix("\n") { svg.removeLast() }
        return svg
    }

    /// Width in user units of the narrow rendering (``renderNarrow(_:)``): about the CSS width of
    /// a phone's content box, so text drawn at 11 units stays about 11 px tall there.
    public static let narrowWidth = 400.0

    /// The chart laid out for a narrow screen: ``narrowWidth`` wide, small multiples stacked in
    /// one column, every id prefixed `<chartId>-narrow` so it can sit on the same page as
    /// ``render(_:)``'s output.
    public static func renderNarrow(_ chart: Chart) -> String {
        var svg: String
        switch chart {
        case .line(var c):
            c.id += "-narrow"
            svg = LineChartRenderer.render(c, width: narrowWidth)
        case .bar(var c):
            c.id += "-narrow"
            svg = BarChartRenderer.render(c, width: narrowWidth)
        case .multiples(var m):
            m.id += "-narrow"
            m.columns = 1
            svg = SmallMultiplesRenderer.render(m, minWidth: narrowWidth)
        }
        if svg.hasSuffix("\n") { svg.removeLast() }
        return svg
    }

    /// A standalone SVG file: XML prolog, the element from ``render(_:)``, and a final newline.
    public static func standalone(_ chart: Chart) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + render(chart) + "\n"
    }

    /// An HTML `<table class="chart-data">` of the plotted numbers (escaped text), for a
    /// `<details>` beside the figure. Line charts: one row per point (series, x, y, and
    /// lower/upper when bands are drawn); small multiples add a panel column; bar charts: one row
    /// per category, one column per group ("value ± error").
    public static func dataTable(_ chart: Chart) -> String {
        DataTableRenderer.render(chart)
    }

    /// One chart of the same kind showing `a` ghosted and dashed beneath `b` drawn solid; the
    /// legend says which is which ("label (labelA)" / "label (labelB)"). Small multiples are
    /// combined panel by panel (by index). Layout, title and axes come from `b`; the id is
    /// `b.id + "-overlay"`. If the kinds differ, `b` is returned unchanged.
    public static func overlay(_ a: Chart, _ b: Chart, labelA: String, labelB: String) -> Chart {
        switch (a, b) {
        case (.line(let x), .line(let y)): return .line(ChartOverlay.line(x, y, labelA: labelA, labelB: labelB))
        case (.bar(let x), .bar(let y)): return .bar(ChartOverlay.bar(x, y, labelA: labelA, labelB: labelB))
        case (.multiples(let x), .multiples(let y)):
            return .multiples(ChartOverlay.multiples(x, y, labelA: labelA, labelB: labelB))
        default: return b
        }
    }
}
