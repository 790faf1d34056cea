import Claims
import Markup

/// Anchors and cross-links between a claim's item (under its figure), its figure and its row in
/// the claims ledger: `claim-<id>` ↔ `ledger-<id>`, both linking to `fig-<figure id>`.
enum ClaimLinks {
    static func itemID(_ c: PaperClaim) -> String { "claim-" + c.id.rawValue }
    static func rowID(_ c: PaperClaim) -> String { "ledger-" + c.id.rawValue }
    static func figureID(_ c: PaperClaim) -> String { "fig-" + c.section.chartID }
    /// "Figure R2": our number of the claim's figure.
    static func figureLabel(_ c: PaperClaim) -> String { FigureNumbering.label(c.section.chartID) }

    /// The claim's name with its anchor: `<strong id="claim-…">id</strong>`.
    static func itemHead(_ c: PaperClaim) -> String {
        "<strong id=\"\(Escape.xml(itemID(c)))\">\(Escape.xml(c.id.rawValue))</strong>"
    }

    /// Links from a claim item to its figure and its ledger row.
    static func itemLinks(_ c: PaperClaim) -> String {
        "<span class=\"backlinks\">(<a href=\"#\(Escape.xml(figureID(c)))\">\(Escape.xml(figureLabel(c)))</a>"
            + " · <a href=\"#\(Escape.xml(rowID(c)))\">ledger</a>)</span>"
    }

    /// The ledger's verdict cell: the badge, carrying the row's anchor `ledger-<id>`.
    static func ledgerVerdict(_ c: PaperClaim) -> String {
        "<span id=\"\(Escape.xml(rowID(c)))\">\(HTML.badge(verdict: c.verdict.rawValue))</span>"
    }

    /// The ledger's claim cell: link to the claim item, then to its figure.
    static func ledgerCell(_ c: PaperClaim) -> String {
        "<a href=\"#\(Escape.xml(itemID(c)))\">\(Escape.xml(c.id.rawValue))</a><br><a class=\"backlinks\" href=\"#\(Escape.xml(figureID(c)))\">"
            + Escape.xml(figureLabel(c)) + "</a>"
    }
}
