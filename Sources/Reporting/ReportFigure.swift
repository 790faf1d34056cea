import Experiments
import SVGCharts

/// The report side of one paper figure (`Figures/FigureN.swift`): its chart(s), captions and the
/// template context of its section. `FigureBuilder.figures` lists them in page order.
protocol ReportFigure: Sendable {
    /// The figure's id (its main chart's id, and the anchor `fig-<id>` its claims link to).
    var id: String { get }
    /// The claim section shown with this figure, if any.
    var section: SectionID? { get }
    /// Every chart id the figure can produce (its own id first); a template may name only these.
    var chartIDs: [String] { get }
    /// The charts, in page order; empty when the results do not carry the figure's data.
    func charts(_ r: ReportResults) -> [Chart]
    /// The caption of one of this figure's charts; nil for another figure's chart id.
    func caption(_ chartID: String, _ r: ReportResults) -> String?
    /// Template values of the figure's section (e.g. its tables), merged into the page context.
    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> [String: Any]
}

extension ReportFigure {
    var section: SectionID? { nil }
    var chartIDs: [String] { [id] }
    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> [String: Any] { [:] }
}
