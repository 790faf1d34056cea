import Claims

/// Our own figure numbers ("Figure R1" …), distinct from the paper's, and which paper figure each
/// one reproduces, so "Figure 6" is never ambiguous on the page.
public enum FigureNumbering {
    /// Our number and the paper counterpart ("Fig 1", or `nil` when the paper has none) per chart
    /// id, as the figures' report units declare them (``FigureID/charts``).
    static let entries: [String: (number: String, paper: String?)] =
        Dictionary(uniqueKeysWithValues: FigureID.allCharts.map { ($0.id, ($0.number, $0.paper)) })

    /// "Figure R2" for `fig2`; ids without an entry keep their own name.
    public static func label(_ id: String) -> String {
        entries[id].map { "Figure \($0.number)" } ?? id
    }

    /// `caption` with its leading "Figure N — " replaced by our number, and a closing sentence
    /// naming the paper figure it reproduces (or saying the paper has none).
    public static func caption(_ id: String, _ caption: String) -> String {
        guard let e = entries[id] else { return caption }
        var body = Substring(caption)
        if body.hasPrefix("Figure "), let dash = body.range(of: " — ") { body = body[dash.upperBound...] }
        let source = e.paper.map { "Counterpart of paper \($0)." } ?? "Not in the paper (our addition)."
        return "Figure \(e.number) — \(body) \(source)"
    }
}
