import Claims
import Experiments
import Foundation
import Learning
import Markup
import Results
import SVGCharts

/// Figure 9 — the exploratory sensitivity section (`sensitivity` sweep): one bar chart (minority
/// and majority max-cosine per setting, ±1 std error bars) and one table of the headline numbers.
struct Figure9: ReportFigure {
    let figure: FigureID? = .fig9
    let figureCharts = [FigureChart("fig9", number: "R9", paper: nil)]

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 9 — exploratory: minority and majority max-cosine at ε_min = 0.1, NSR = 1 for the base configuration and with one OPEN choice changed at a time; mean ± 1 std over \(r.plan.profile.sensitivitySeeds) seeds. No claim is tested here."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let s = r.sweeps.first(where: { $0.id == .sensitivity }), !s.points.isEmpty else { return [] }
        let seeds = r.plan.profile.sensitivitySeeds
        func group(_ key: String, _ label: String, _ metric: Metric) -> BarGroup {
            BarGroup(key: key, label: label, values: s.points.map { $0.mean(metric) },
                     errors: s.points.map { $0.metrics[metric]?.std ?? .nan },
                     seeds: s.points.map { FigureBuilder.seedCount($0.metrics[metric], planned: $0.seeds) })
        }
        return [.bar(BarChart(
            id: id, title: "Sensitivity of feature learning to our OPEN choices (ε_min = 0.1, NSR = 1)",
            description: "Mean over features of the best neuron's cosine, minority and majority, for the baseline and for one OPEN choice changed at a time; mean over \(seeds) seeds with ±1 std error bars.",
            categories: s.points.map(\.series.description),
            groups: [group("maxcos-minority", "minority max-cosine", .maxCosMinority),
                     group("maxcos-majority", "majority max-cosine", .maxCosMajority)],
            yAxis: Axis(title: "mean_j max_i cos(w_i, M_j)", min: 0, max: 1),
            errorDescription: "error bars: ±1 std over \(seeds) seeds"))]
    }

    /// The `sensitivity` section of the template: the table of headline numbers.
    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> SensitivityContext? {
        guard let table = Figure9.table(r) else { return nil }
        return SensitivityContext(table: blocks.token(for: table))
    }

    func sectionContext(_ r: ReportResults, blocks: inout BlockSplicer) -> (any SectionContext)? {
        context(r, blocks: &blocks)
    }

    static func table(_ r: ReportResults) -> String? {
        guard let s = r.sweeps.first(where: { $0.id == .sensitivity }), !s.points.isEmpty else { return nil }
        func pm(_ p: AggregatedPoint, _ m: Metric, _ d: Int = 3) -> String {
            p.metrics[m].map { $0.meanStdText(d) } ?? "—"
        }
        func reached(_ p: AggregatedPoint, _ m: Metric) -> String {
            let v = p.values(m).filter(\.isFinite)
            return "\(Int(v.reduce(0, +)))/\(v.count)"
        }
        let anyDiverged = s.points.contains { $0.divergedSeeds > 0 }
        let rows = s.points.map { p in
            [p.series.description, pm(p, .maxCosMinority), pm(p, .maxCosMajority), pm(p, .alignedMinority, 1),
             pm(p, .regressionMSEMinority), reached(p, .stage3Majority), reached(p, .stage3Minority)]
                + (anyDiverged ? [p.divergedSeeds > 0 ? "\(p.divergedSeeds) diverged" : ""] : [])
        }
        return HTMLTable(header: ["Setting", "Minority max-cos", "Majority max-cos", "Aligned minority", "Minority MSE",
                                   "Stage 3 (maj.)", "Stage 3 (min.)"] + (anyDiverged ? ["Note"] : []),
                          textRows: rows, caption: "Baseline = the report's base configuration at ε_min = 0.1, NSR = 1; each other row changes one field (mean ± std over \(r.plan.profile.sensitivitySeeds) seeds; stage 3: seeds whose lucky neuron reached it).",
                          numericColumns: Set(1...6)).render()
    }
}
