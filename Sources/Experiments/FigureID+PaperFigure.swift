import Claims

extension FigureID {
    /// The figures of the report, in page order: the one registry of figures, one per
    /// `PaperFigure` unit of `Figures/` (``ReportPlan/figures``, gathered at build time).
    public static var all: [FigureID] { ReportPlan.figures.map(\.figure) }

    /// The registered figure whose claims carry `section` in `results.json` (``resultsName``); nil
    /// when no figure of the report has that name.
    public static func registered(resultsName: String) -> FigureID? {
        all.first { $0.resultsName == resultsName }
    }

    /// A registered figure by its name (`fig2`, `longtail`); nil for any other name.
    public static func registered(named name: String) -> FigureID? {
        all.first { $0.name == name }
    }

    /// The experiment unit (`Figures/FigureN.swift`: sweeps and synthetic claims).
    public var paperFigure: (any PaperFigure)? {
        ReportPlan.figures.first { $0.figure == self }
    }

    /// What is wrong with a list of experiment units: a figure with two units (or an id another
    /// figure's name spells the same in `results.json`). Empty for the built registry; a non-empty
    /// list stops ``ReportPlan/figures`` from being built.
    static func problems(_ units: [any PaperFigure]) -> [String] {
        var out: [String] = []
        for (i, u) in units.enumerated() {
            for earlier in units[..<i] {
                if earlier.figure == u.figure {
                    out.append("figure '\(u.figure)' has two PaperFigure units, \(type(of: earlier)) and \(type(of: u)); a figure has one")
                } else if earlier.figure.resultsName == u.figure.resultsName || earlier.figure.templateKey == u.figure.templateKey {
                    out.append("figures '\(earlier.figure)' and '\(u.figure)' have the same name in results.json or in templates")
                }
            }
        }
        return out
    }
}
