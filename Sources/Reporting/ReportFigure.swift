import Claims
import Results
import SVGCharts

/// The report side of one paper figure (`Figures/FigureN.swift`): its charts (declared, with our
/// numbers, and drawn), captions and the template context of its section. Every type in `Figures/`
/// that conforms is registered at build time (the `FigureUnits` plugin writes
/// `ReportFigureUnits.all`; page order: ``FigureBuilder/figures``); the sections that are not
/// figures (methods, map, discussion) have no id.
protocol ReportFigure: Sendable {
    /// The figure this unit draws; nil for a section without charts.
    var figure: FigureID? { get }
    /// The charts this unit can draw, main chart first: id, our number, the paper figure
    /// (``FigureID/charts`` is its figure's units' lists in page order); empty for a section.
    var figureCharts: [FigureChart] { get }
    /// The unit's main chart id (default: the first of ``figureCharts``); every chart id a unit
    /// produces is one of its ``figureCharts``.
    var id: String { get }
    /// The charts, in page order; empty when the results do not carry the figure's data.
    func charts(_ r: ReportResults) -> [Chart]
    /// The caption of one of this figure's charts; nil for another figure's chart id.
    func caption(_ chartID: String, _ r: ReportResults) -> String?
    /// The template values of the unit's section (e.g. its tables), a typed context such as
    /// ``LongTailContext`` under its own key (``TemplateContext``); nil (the default) for none, or
    /// when the results do not carry the section's data.
    func sectionContext(_ r: ReportResults, blocks: inout BlockSplicer) -> (any SectionContext)?
}

extension ReportFigure {
    var figure: FigureID? { nil }
    var figureCharts: [FigureChart] { [] }
    var id: String { figureCharts.first?.id ?? "" }
    func sectionContext(_ r: ReportResults, blocks: inout BlockSplicer) -> (any SectionContext)? { nil }
}
