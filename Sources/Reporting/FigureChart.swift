import Claims

/// One chart of a figure, as its report unit declares it (``ReportFigure/figureCharts``): its id (the
/// SVG file name, the anchor `fig-<id>`, the key in `{{{figures.<id>}}}`, a name `clreport figure`
/// accepts), our number ("R6b") and the paper figure it reproduces (nil: none).
public struct FigureChart: Sendable, Equatable {
    public let id: String
    public let number: String
    public let paper: String?

    init(_ id: String, number: String, paper: String?) {
        self.id = id; self.number = number; self.paper = paper
    }
}

extension FigureID {
    /// The figure's charts, main chart first: those its report units declare, in page order
    /// (which appear depends on the profile and the results).
    public var charts: [FigureChart] {
        FigureBuilder.figures.filter { $0.figure == self }.flatMap(\.figureCharts)
    }

    /// The main chart's id: the anchor `fig-<id>` the figure's claims link to.
    public var chartID: String { charts.first?.id ?? name }

    /// Every chart of every figure, in page order.
    public static var allCharts: [FigureChart] { FigureBuilder.figures.flatMap(\.figureCharts) }

    /// A name from the command line: a chart id (`fig6-ratio`, `fig7`) or a figure's name
    /// (`longtail`: its main chart); nil for any other name.
    public static func chart(named name: String) -> FigureChart? {
        allCharts.first { $0.id == name } ?? FigureID.registered(named: name)?.charts.first
    }
}
