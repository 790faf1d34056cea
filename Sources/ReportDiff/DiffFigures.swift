import Reporting
import Results
import SVGCharts

/// One figure of the diff page: A and B drawn in one SVG.
public struct DiffFigure: Sendable, Equatable {
    public var id: String
    public var title: String
    /// The inline `<svg>` element.
    public var svg: String
    /// The HTML data table behind the chart ("" for none).
    public var dataTable: String
    public var caption: String

    public init(id: String, title: String, svg: String, dataTable: String, caption: String) {
        self.id = id; self.title = title; self.svg = svg; self.dataTable = dataTable; self.caption = caption
    }
}

/// The figures of two runs redrawn as overlays (A faded and dashed, B solid), from
/// ``FigureBuilder/charts(_:)`` and ``ChartRenderer/overlay(_:_:labelA:labelB:)``.
public enum DiffFigures {
    /// The figure ids of one run ("fig1", "fig2", …).
    public static func ids(_ results: ReportResults) -> [String] { FigureBuilder.charts(results).map(\.id) }

    /// Overlays of the figures both runs have, in B's order, and notes on the ones that could not
    /// be overlaid. Runs that do not decode as the current schema have no figures (``ReportDiff``
    /// notes that); figures in only one run are listed by ``ReportDiff/onlyIn``.
    public static func overlays(_ a: DiffInput, _ b: DiffInput) -> (figures: [DiffFigure], notes: [String]) {
        guard let ra = a.results, let rb = b.results else { return ([], []) }
        let chartsA = FigureBuilder.charts(ra)
        var figures: [DiffFigure] = []
        var notes: [String] = []
        for chartB in FigureBuilder.charts(rb) {
            guard let chartA = chartsA.first(where: { $0.id == chartB.id }) else { continue }
            let kindsMatch: Bool
            switch (chartA, chartB) {
            case (.line, .line), (.bar, .bar), (.multiples, .multiples): kindsMatch = true
            default: kindsMatch = false
            }
            var caption = FigureBuilder.caption(chartB.id, rb)
            let chart: Chart
            if kindsMatch {
                chart = ChartRenderer.overlay(chartA, chartB, labelA: a.label, labelB: b.label)
                caption += " Overlay: \(a.label) faded and dashed, \(b.label) solid."
            } else {
                chart = chartB
                caption += " Only \(b.label) is drawn: the chart kind differs from \(a.label)."
                notes.append("\(chartB.id): the chart kind differs between the runs; the page shows \(b.label) only.")
            }
            figures.append(DiffFigure(id: chart.id, title: chart.title, svg: ChartRenderer.render(chart),
                                      dataTable: ChartRenderer.dataTable(chart), caption: caption))
        }
        return (figures, notes)
    }
}
