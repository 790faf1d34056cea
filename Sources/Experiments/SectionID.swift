/// The report section a claim belongs to. Raw values are the names written to `results.json`.
public enum SectionID: String, Codable, Sendable, CaseIterable {
    case fig1, fig2, fig3, fig4, fig5, fig6
    /// The real long-tailed data table (Figs 7–8).
    case longTail = "table-lt"

    /// The key of the section's claim list in the report template (`{{#claims.KEY}}`).
    public var templateKey: String {
        switch self {
        case .longTail: "lt"
        default: rawValue
        }
    }
}
