/// The report section a claim belongs to: the claims of one figure (``FigureID/section``,
/// ``FigureID/init(section:)``). Raw values are the names written to `results.json`.
public enum SectionID: String, Codable, Sendable, CaseIterable {
    case fig1, fig2, fig3, fig4, fig5, fig6
    /// The real long-tailed data table (Figs 7–8), ``FigureID/longTail``.
    case longTail = "table-lt"
}
