/// A figure of the report: the key of everything about it — its claims (`PaperClaim.section`), its
/// template partial (``partialName``) and claim-list key (``templateKey``), and, in the layers
/// above, its experiment unit (`Experiments`' `PaperFigure`, whose `figure` it is) and its report
/// units (`Reporting`'s `ReportFigure`s: charts, our numbers, captions, section context).
///
/// Not a closed list: each figure declares its id in its own unit file
/// (`extension FigureID { public static let fig2 = FigureID("fig2") }` in
/// `Experiments/Figures/Figure2.swift`), and the one registry of figures, in page order, is
/// `Experiments`' ``FigureID`` list `FigureID.all` (the `PaperFigure` units of `Figures/`, gathered
/// at build time). Two ids are the same figure when their names are equal.
///
/// The name is the figure's name in templates (`templates/figures/<name>.md`, `{{#claims.<name>}}`)
/// and on the command line (`clreport figure longtail`). Names written elsewhere before this type
/// existed stay as they were, so old results and reports read the same: the long-tail figure's
/// claims are section `table-lt` in `results.json` (``resultsName``), its charts are `fig7` and
/// `fig8`, and old templates may still name its claims `claims.lt` (``legacyTemplateKey``).
public struct FigureID: Hashable, Sendable, CustomStringConvertible {
    /// The figure's name: `fig2`, `longtail`.
    public let name: String

    public init(_ name: String) { self.name = name }

    /// The real long-tailed data (SPEC §7): the table, Figures R7–R8 and claim C7. Declared here,
    /// not in its unit file, because its claims are made below `Experiments` (`LongTail`'s `LongTailClaims`).
    public static let longTail = FigureID("longtail")

    public var description: String { name }

    /// The figure's name as the `section` of its claims in `results.json`: the name, except the
    /// long-tail figure's `table-lt` (its section's name before ``FigureID``).
    public var resultsName: String { self == .longTail ? "table-lt" : name }

    /// The figure whose claims carry `section` in `results.json` (``resultsName``). Whether it is a
    /// figure of the report is the registry's question: `ReportResults` refuses a section that names
    /// none ("unknown claim section").
    public init(resultsName: String) {
        self = resultsName == FigureID.longTail.resultsName ? .longTail : FigureID(resultsName)
    }

    /// The key of the figure's claim list in the template context (`{{#claims.KEY}}`).
    public var templateKey: String { name }

    /// The key templates written before ``FigureID`` used for the claim list, when it differs.
    public var legacyTemplateKey: String? { self == .longTail ? "lt" : nil }

    /// The figure's template partial: `templates/figures/<name>.md`.
    public var partialName: String { "figures/" + name }
}
