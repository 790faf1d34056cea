import Experiments
import SVGCharts

/// Figure 3 — best alignment per feature, minority and majority, vs ε_min (`main` sweep).
struct Figure3: ReportFigure {
    let figure: FigureID? = .fig3

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 3 — mean over features of the best neuron's cosine, minority (left) and majority (right), vs ε_min; mean ± 1 std over \(r.plan.profile.seeds) seeds."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let main = r.sweeps.first(where: { $0.id == .main }) else { return [] }
        return [FigureBuilder.pairChart(main, id: id, title: "Best alignment per feature",
                                        metrics: [(.maxCosMinority, "minority features"), (.maxCosMajority, "majority features")],
                                        yTitle: "mean_j max_i cos(w_i, M_j)", seeds: r.plan.profile.seeds)]
    }
}
