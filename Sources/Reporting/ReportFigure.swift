import Claims
import Results
import SVGCharts

/// The report side of one paper figure (`Figures/FigureN.swift`): its chart(s), captions and the
/// template context of its section. ``FigureID/reportFigures`` registers them (page order:
/// `FigureBuilder.figures`); the sections that are not figures (methods, map, discussion) have no id.
protocol ReportFigure: Sendable {
    /// The figure this unit draws; nil for a section without charts.
    var figure: FigureID? { get }
    /// The unit's main chart id (default: its figure's main chart, ``FigureID/chartID``); every chart
    /// id a unit produces is one of its figure's ``FigureID/charts``.
    var id: String { get }
    /// The charts, in page order; empty when the results do not carry the figure's data.
    func charts(_ r: ReportResults) -> [Chart]
    /// The caption of one of this figure's charts; nil for another figure's chart id.
    func caption(_ chartID: String, _ r: ReportResults) -> String?
    /// Puts the template values of the unit's section (e.g. its tables), a typed context such as
    /// ``LongTailContext``, into its field of the page context; the default puts nothing.
    func addContext(to page: inout PageContext, _ r: ReportResults, blocks: inout BlockSplicer)
}

extension ReportFigure {
    var figure: FigureID? { nil }
    var id: String { figure?.chartID ?? "" }
    func addContext(to page: inout PageContext, _ r: ReportResults, blocks: inout BlockSplicer) {}
}
