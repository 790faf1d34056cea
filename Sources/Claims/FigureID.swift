/// The figures of the report, in page order: the one registry of figures. Everything about a figure
/// is keyed by its id — its charts and their numbers (``charts``), its claims (`PaperClaim.section`),
/// its template partial (``partialName``) and claim-list key (``templateKey``), its experiment unit
/// (`Experiments`' `FigureID.paperFigure`; the report unit is `Reporting`'s `FigureID.reportFigures`) and the names
/// `clreport figure` accepts (``chart(named:)``).
///
/// The raw value is the figure's name in templates (`templates/figures/<raw>.md`,
/// `{{#claims.<raw>}}`). Names written elsewhere before this type existed stay as they were, so
/// old results and reports read the same: the long-tail figure's claims are section `table-lt` in
/// `results.json` (``resultsName``), its charts are `fig7` and `fig8`, and old templates may
/// still name its claims `claims.lt` (``legacyTemplateKey``).
public enum FigureID: String, Sendable, CaseIterable {
    case fig1, fig2, fig3, fig4, fig5, fig6
    /// The real long-tailed data (SPEC §7): the table, Figures R7–R8 and claim C7.
    case longTail = "longtail"
    /// The exploratory sensitivity sweep (Figure R9, no claim).
    case fig9

    /// One chart of a figure: its id (the SVG file name, the anchor `fig-<id>`, the key in
    /// `{{{figures.<id>}}}`), our number ("R6b") and the paper figure it reproduces (nil: none).
    public struct Chart: Sendable, Equatable {
        public let id: String
        public let number: String
        public let paper: String?
        public let figure: FigureID
    }

    /// The figure's charts, main chart first (which appear depends on the profile and the results).
    public var charts: [Chart] {
        func c(_ id: String, _ number: String, _ paper: String?) -> Chart { Chart(id: id, number: number, paper: paper, figure: self) }
        switch self {
        case .fig1: return [c("fig1", "R1", "Fig 1")]
        case .fig2: return [c("fig2", "R2", "Fig 2"), c("fig2-neurons", "R2b", nil)]
        case .fig3: return [c("fig3", "R3", "Fig 3")]
        case .fig4: return [c("fig4", "R4", "Fig 4")]
        case .fig5: return [c("fig5", "R5", "Fig 5")]
        case .fig6: return [c("fig6", "R6", "Fig 6"), c("fig6-ratio", "R6b", "Fig 6 (pruning ratio)")]
        case .longTail: return [c("fig7", "R7", "Table (long-tailed data)"), c("fig8", "R8", nil)]
        case .fig9: return [c("fig9", "R9", nil)]
        }
    }

    /// The main chart's id: the anchor `fig-<id>` the figure's claims link to.
    public var chartID: String { charts[0].id }

    /// The figure's name as the `section` of its claims in `results.json`: the raw value, except the
    /// long-tail figure's `table-lt` (its section's name before ``FigureID``).
    public var resultsName: String { self == .longTail ? "table-lt" : rawValue }

    /// The figure whose claims carry `section` in `results.json` (``resultsName``).
    public init?(resultsName: String) {
        guard let figure = FigureID.allCases.first(where: { $0.resultsName == resultsName }) else { return nil }
        self = figure
    }

    /// The key of the figure's claim list in the template context (`{{#claims.KEY}}`).
    public var templateKey: String { rawValue }

    /// The key templates written before ``FigureID`` used for the claim list, when it differs.
    public var legacyTemplateKey: String? { self == .longTail ? "lt" : nil }

    /// The figure's template partial: `templates/figures/<raw>.md`.
    public var partialName: String { "figures/" + rawValue }

    /// Every chart of every figure, in page order.
    public static var allCharts: [Chart] { allCases.flatMap(\.charts) }

    /// A name from the command line: a chart id (`fig6-ratio`, `fig7`) or a figure id (`longtail`:
    /// its main chart); nil for any other name.
    public static func chart(named name: String) -> Chart? {
        allCharts.first { $0.id == name } ?? FigureID(rawValue: name)?.charts[0]
    }
}
