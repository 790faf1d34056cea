import Experiments
import SVGCharts

/// Figure 4 — positive-pair cosine on fresh pairs vs ε_min, one curve per NSR (`main` sweep).
struct Figure4: ReportFigure {
    let figure: FigureID? = .fig4

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 4 — mean cosine between the representations of fresh positive pairs vs ε_min; mean ± 1 std over \(r.plan.profile.seeds) seeds."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let main = r.sweeps.first(where: { $0.id == .main }) else { return [] }
        return [.line(FigureBuilder.lineChart(main, id: id, title: "Positive-pair cosine on fresh pairs", metric: .positivePairCosine,
                                              yTitle: "mean cos(f(X), f(Y))", seeds: r.plan.profile.seeds, label: FigureBuilder.nsrLabel))]
    }
}
