import Experiments
import Learning
import SVGCharts

/// Charts of the real long-tailed experiment (present only when the results carry its table).
public enum LongTailFigures {
    public static func charts(_ r: ReportResults) -> [Chart] {
        guard let t = r.longTail, !t.rows.isEmpty else { return [] }
        let seeds = t.rows.first.map { $0.perSeedAccuracyWith.count } ?? 0
        func points(_ pick: (LongTailRow) -> SeedSummary) -> [DataPoint] {
            t.rows.map { row in
                let s = pick(row)
                return DataPoint(x: row.rho, y: 100 * s.mean, lower: 100 * (s.mean - s.std), upper: 100 * (s.mean + s.std))
            }
        }
        let acc = LineChart(id: "fig7-accuracy", title: "Linear-probe accuracy", description: "Overall test accuracy vs ρ, without and with pruning, mean over \(seeds) seeds.",
                            xAxis: Axis(title: "imbalance ratio ρ (log scale)", scale: .log10), yAxis: Axis(title: "accuracy (%)"),
                            series: [Series(key: "lt-without", label: "without pruning", points: points(\.accuracyWithout)),
                                     Series(key: "lt-with", label: "with pruning (\(t.pruning))", points: points(\.accuracyWith))],
                            bandDescription: "shaded band: ±1 std over \(seeds) seeds")
        let gap = LineChart(id: "fig7-gap", title: "Head–tail gap Δ20", description: "Δ20 vs ρ, without and with pruning, mean over \(seeds) seeds.",
                            xAxis: Axis(title: "imbalance ratio ρ (log scale)", scale: .log10), yAxis: Axis(title: "Δ20 (percentage points)"),
                            series: [Series(key: "lt-without", label: "without pruning", points: points(\.gapWithout)),
                                     Series(key: "lt-with", label: "with pruning (\(t.pruning))", points: points(\.gapWith))],
                            bandDescription: "shaded band: ±1 std over \(seeds) seeds")
        var out: [Chart] = [.multiples(SmallMultiples(id: "fig7", title: "\(t.dataset)-LT: accuracy and head–tail gap",
                                                       description: "Linear-probe accuracy and Δ20 against ρ, without and with pruning, mean over \(seeds) seeds.",
                                                       panels: [acc, gap], columns: 2, sharedY: false))]
        if let worst = t.rows.max(by: { $0.rho < $1.rho }) {
            let order = worst.trainCounts.indices.sorted { worst.trainCounts[$0] > worst.trainCounts[$1] || (worst.trainCounts[$0] == worst.trainCounts[$1] && $0 < $1) }
            out.append(.bar(BarChart(
                id: "fig8", title: "Per-class accuracy at ρ = \(ReportPlan.label(worst.rho)), head → tail",
                description: "Per-class test accuracy (mean over \(seeds) seeds), classes ordered by training count, without and with pruning.",
                categories: order.map { "\(ClassNames.name($0, dataset: t.dataset)) (n=\(worst.trainCounts[$0]))" },
                groups: [BarGroup(key: "lt-without", label: "without pruning", values: order.map { 100 * worst.perClassWithout[$0] }),
                         BarGroup(key: "lt-with", label: "with pruning", values: order.map { 100 * worst.perClassWith[$0] })],
                yAxis: Axis(title: "accuracy (%)", min: 0, max: 100))))
        }
        return out
    }

    public static func caption(_ id: String, _ r: ReportResults) -> String {
        let ds = r.longTail?.dataset ?? "long-tailed data"
        switch id {
        case "fig7": return "Figure 7 — \(ds)-LT: linear-probe accuracy (left) and head–tail gap Δ20 (right) vs imbalance ratio ρ, without and with pruning; mean ± 1 std over seeds."
        case "fig8": return "Figure 8 — \(ds)-LT: per-class accuracy at the largest ρ, classes ordered from head to tail, without and with pruning (seed means)."
        default: return id
        }
    }
}
