import Experiments
import SVGCharts

/// Figure 2 — neurons aligned with minority / majority features vs ε_min, one curve per NSR (`main` sweep).
struct Figure2: ReportFigure {
    let id = "fig2"
    var section: SectionID? { .fig2 }

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 2 — number of neurons with cos ≥ \(r.plan.base.alignThreshold) to some minority (left) or majority (right) feature vs ε_min, one curve per NSR; mean ± 1 std over \(r.plan.profile.seeds) seeds."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let main = r.sweeps.first(where: { $0.id == .main }) else { return [] }
        return [FigureBuilder.pairChart(main, id: id, title: "Neurons aligned with minority / majority features",
                                        metrics: [(.alignedMinority, "minority features"), (.alignedMajority, "majority features")],
                                        yTitle: "aligned neurons (cos ≥ \(r.plan.base.alignThreshold))", seeds: r.plan.profile.seeds)]
    }
}
