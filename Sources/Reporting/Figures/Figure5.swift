import Experiments
import SVGCharts

/// Figure 5 — downstream ridge regression, normalised test MSE, minority and majority targets (`main` sweep).
struct Figure5: ReportFigure {
    let figure: FigureID? = .fig5

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 5 — ridge-probe test MSE normalised by Var(y) for a target on minority (left) or majority (right) features vs ε_min; mean ± 1 std over \(r.plan.profile.seeds) seeds."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let main = r.sweeps.first(where: { $0.id == .main }) else { return [] }
        return [FigureBuilder.pairChart(main, id: id, title: "Downstream ridge regression, normalised test MSE",
                                        metrics: [(.regressionMSEMinority, "target on minority features"),
                                                  (.regressionMSEMajority, "target on majority features")],
                                        yTitle: "test MSE / Var(y)", seeds: r.plan.profile.seeds)]
    }
}
