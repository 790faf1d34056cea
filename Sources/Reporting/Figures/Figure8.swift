import Claims
import Experiments
import LongTail
import Markup
import Results
import SVGCharts

/// Figure 8 — real long-tailed data: accuracy per frequency rank at the largest ρ, head → tail.
/// The class-to-frequency assignment is drawn per seed, so a bar is the mean over seeds of
/// whichever class had that rank; its label names those classes (seed 1, 2, … in order).
struct Figure8: ReportFigure, FigureReading {
    let figure: FigureID? = .longTail
    let figureCharts = [FigureChart("fig8", number: "R8", paper: nil)]

    /// The paired change of Δ20 at the largest ρ beside the paper's (`LongTailObserved.gapSentence`).
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id, let t = r.longTail else { return nil }
        return LongTailObserved.gapSentence(t)
    }

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        let ds = r.longTail.map { LongTailData.displayName($0.dataset) } ?? "long-tailed data"
        let base = "Figure 8 — \(ds)-LT: test accuracy per frequency rank at the largest ρ, head → tail, without and with pruning (seed means; the head/tail assignment is drawn per seed, so a rank holds a different class in each seed)."
        guard let t = r.longTail, let ranks = Figure8.classesByRank(t), !ranks.isEmpty else { return base }
        let counts = t.rows.max(by: { $0.rho < $1.rho }).map { $0.trainCounts.sorted(by: >) } ?? []
        let list = ranks.enumerated().map { i, names in
            "#\(i + 1)" + (i < counts.count ? " (\(counts[i]) training images)" : "") + ": " + names.joined(separator: ", ")
        }
        return base + " Bars are labelled by frequency rank; the classes of each rank, in seed order 1, 2, …: " + list.joined(separator: "; ") + "."
    }

    /// The class names at each frequency rank of the largest-ρ row, one per seed (nil for older results).
    static func classesByRank(_ t: LongTailTable) -> [[String]]? {
        guard let worst = t.rows.max(by: { $0.rho < $1.rho }), let assignment = worst.classesByRankPerSeed else { return nil }
        let names = t.classNames
        func name(_ c: Int) -> String { names.flatMap { c < $0.count ? $0[c] : nil } ?? ClassNames.name(c, dataset: t.dataset) }
        return worst.trainCounts.indices.map { rank in assignment.map { rank < $0.count ? name($0[rank]) : "?" } }
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let t = r.longTail, !t.rows.isEmpty, let worst = t.rows.max(by: { $0.rho < $1.rho }) else { return [] }
        let seeds = Figure7.seeds(t)
        let names = t.classNames
        func name(_ c: Int) -> String { names.flatMap { c < $0.count ? $0[c] : nil } ?? ClassNames.name(c, dataset: t.dataset) }
        let counts = worst.trainCounts.sorted(by: >)
        if let without = worst.perRankWithout, let with = worst.perRankWith, worst.classesByRankPerSeed != nil,
           without.count == counts.count, with.count == counts.count {
            let labels = counts.indices.map { rank in "#\(rank + 1)" }
            return [.bar(BarChart(
                id: id, title: "Accuracy per frequency rank at ρ = \(NumberFormat.label(worst.rho)), head → tail",
                description: "Test accuracy of the class at each frequency rank (mean over \(seeds) seeds; the class of a rank differs by seed), without and with pruning.",
                categories: labels,
                groups: [BarGroup(key: Figure7.without, label: "without pruning", values: without.map { 100 * $0 }),
                         BarGroup(key: Figure7.with, label: "with pruning", values: with.map { 100 * $0 })],
                yAxis: Axis(title: "accuracy (%)", min: 0, max: 100)))]
        }
        // Older results: one fixed assignment, per class.
        let order = worst.trainCounts.indices.sorted { worst.trainCounts[$0] > worst.trainCounts[$1] || (worst.trainCounts[$0] == worst.trainCounts[$1] && $0 < $1) }
        return [.bar(BarChart(
            id: id, title: "Per-class accuracy at ρ = \(NumberFormat.label(worst.rho)), head → tail",
            description: "Per-class test accuracy (mean over \(seeds) seeds), classes ordered by training count, without and with pruning.",
            categories: order.map { "\(name($0)) (n=\(worst.trainCounts[$0]))" },
            groups: [BarGroup(key: Figure7.without, label: "without pruning", values: order.map { 100 * worst.perClassWithout[$0] }),
                     BarGroup(key: Figure7.with, label: "with pruning", values: order.map { 100 * worst.perClassWith[$0] })],
            yAxis: Axis(title: "accuracy (%)", min: 0, max: 100)))]
    }
}
