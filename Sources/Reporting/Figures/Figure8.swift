import Experiments
import SVGCharts

/// Figure 8 — real long-tailed data: per-class accuracy at the largest ρ, classes ordered head → tail.
struct Figure8: ReportFigure {
    let id = "fig8"

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        let ds = r.longTail?.dataset ?? "long-tailed data"
        return "Figure 8 — \(ds)-LT: per-class accuracy at the largest ρ, classes ordered from head to tail, without and with pruning (seed means)."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let t = r.longTail, !t.rows.isEmpty, let worst = t.rows.max(by: { $0.rho < $1.rho }) else { return [] }
        let seeds = Figure7.seeds(t)
        let order = worst.trainCounts.indices.sorted { worst.trainCounts[$0] > worst.trainCounts[$1] || (worst.trainCounts[$0] == worst.trainCounts[$1] && $0 < $1) }
        return [.bar(BarChart(
            id: id, title: "Per-class accuracy at ρ = \(ReportPlan.label(worst.rho)), head → tail",
            description: "Per-class test accuracy (mean over \(seeds) seeds), classes ordered by training count, without and with pruning.",
            categories: order.map { "\(ClassNames.name($0, dataset: t.dataset)) (n=\(worst.trainCounts[$0]))" },
            groups: [BarGroup(key: Figure7.without, label: "without pruning", values: order.map { 100 * worst.perClassWithout[$0] }),
                     BarGroup(key: Figure7.with, label: "with pruning", values: order.map { 100 * worst.perClassWith[$0] })],
            yAxis: Axis(title: "accuracy (%)", min: 0, max: 100)))]
    }
}
