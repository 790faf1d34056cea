import Experiments

/// Anchors and cross-links between a claim's item (under its figure), its figure and its row in
/// the claims ledger: `claim-<id>` ↔ `ledger-<id>`, both linking to `fig-<figure id>`.
enum ClaimLinks {
    static func itemID(_ c: ClaimResult) -> String { "claim-" + c.id }
    static func rowID(_ c: ClaimResult) -> String { "ledger-" + c.id }
    static func figureID(_ c: ClaimResult) -> String { "fig-" + FigureNumbering.figureID(forSection: c.section) }

    /// The claim's name with its anchor: `<strong id="claim-…">id</strong>`.
    static func itemHead(_ c: ClaimResult) -> String {
        "<strong id=\"\(HTML.escape(itemID(c)))\">\(HTML.escape(c.id))</strong>"
    }

    /// Links from a claim item to its figure and its ledger row.
    static func itemLinks(_ c: ClaimResult) -> String {
        "<span class=\"backlinks\">(<a href=\"#\(HTML.escape(figureID(c)))\">\(HTML.escape(FigureNumbering.label(FigureNumbering.figureID(forSection: c.section))))</a>"
            + " · <a href=\"#\(HTML.escape(rowID(c)))\">ledger</a>)</span>"
    }

    /// The ledger's claim cell: link to the claim item, then to its figure.
    static func ledgerCell(_ c: ClaimResult) -> String {
        "<a href=\"#\(HTML.escape(itemID(c)))\">\(HTML.escape(c.id))</a><br><a class=\"backlinks\" href=\"#\(HTML.escape(figureID(c)))\">"
            + HTML.escape(FigureNumbering.label(FigureNumbering.figureID(forSection: c.section))) + "</a>"
    }
}
