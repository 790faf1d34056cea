import Experiments
import Learning
import SVGCharts

/// Results → the report's charts (one per paper figure). Pure: the same results give the same charts.
/// Series keys are shared across figures (`nsr-1`, `none-random`, a variant key, …) so a series keeps
/// its style everywhere. Bands are ±1 standard deviation over seeds.
public enum FigureBuilder {
    public static func charts(_ r: ReportResults) -> [Chart] {
        var out: [Chart] = []
        if let c = trajectoryChart(r) { out.append(c) }
        if let main = r.sweeps.first(where: { $0.id == "main" }) {
            let seeds = r.plan.profile.seeds
            out.append(pairChart(r, main, id: "fig2", title: "Neurons aligned with minority / majority features",
                                 metrics: [("alignedMinority", "minority features"), ("alignedMajority", "majority features")],
                                 yTitle: "aligned neurons (cos ≥ \(r.plan.base.alignThreshold))", seeds: seeds))
            out.append(pairChart(r, main, id: "fig3", title: "Best alignment per feature",
                                 metrics: [("maxCosMinority", "minority features"), ("maxCosMajority", "majority features")],
                                 yTitle: "mean_j max_i cos(w_i, M_j)", seeds: seeds))
            out.append(.line(lineChart(main, id: "fig4", title: "Positive-pair cosine on fresh pairs", metric: "positivePairCosine",
                                       yTitle: "mean cos(f(X), f(Y))", seeds: seeds, label: nsrLabel)))
            out.append(pairChart(r, main, id: "fig5", title: "Downstream ridge regression, normalised test MSE",
                                 metrics: [("regressionMSEMinority", "target on minority features"),
                                           ("regressionMSEMajority", "target on majority features")],
                                 yTitle: "test MSE / Var(y)", seeds: seeds))
        }
        if let pruning = r.sweeps.first(where: { $0.id == "pruning" }) {
            let labels = variantLabels(r)
            out.append(panels(pruning, id: "fig6", title: "Pruning vs no pruning (NSR = 1)",
                              metrics: [("alignedMinority", "aligned minority neurons"), ("maxCosMinority", "minority max-cosine"),
                                        ("regressionMSEMinority", "minority regression MSE")],
                              xTitle: "ε_min (log scale)", logX: true, seeds: r.plan.profile.seeds, label: { labels[$0] ?? $0 }))
        }
        if let ratio = r.sweeps.first(where: { $0.id == "ratio" }) {
            let labels = variantLabels(r)
            out.append(panels(ratio, id: "fig6-ratio", title: "Pruning ratio α at ε_min = 0.1, NSR = 1",
                              metrics: [("alignedMinority", "aligned minority neurons"), ("maxCosMinority", "minority max-cosine"),
                                        ("regressionMSEMinority", "minority regression MSE")],
                              xTitle: "pruning ratio α (0 = none)", logX: false, seeds: r.plan.profile.seeds,
                              label: { labels[$0] ?? $0 }))
        }
        out += LongTailFigures.charts(r)
        if let c = SensitivityFigure.chart(r) { out.append(c) }
        return out
    }

    /// One caption per chart id.
    public static func caption(_ id: String, _ r: ReportResults) -> String {
        let n = r.plan.profile.seeds
        switch id {
        case "fig1": return "Figure 1 — projections of the lucky majority and minority neuron over training (mean ± 1 std over \(n) seeds, each seed's own lucky neuron). Shaded: bias schedule stages (1: b = 0, 2: tracked threshold, 3: frozen)."
        case "fig2": return "Figure 2 — number of neurons with cos ≥ \(r.plan.base.alignThreshold) to some minority (left) or majority (right) feature vs ε_min, one curve per NSR; mean ± 1 std over \(n) seeds."
        case "fig3": return "Figure 3 — mean over features of the best neuron's cosine, minority (left) and majority (right), vs ε_min; mean ± 1 std over \(n) seeds."
        case "fig4": return "Figure 4 — mean cosine between the representations of fresh positive pairs vs ε_min; mean ± 1 std over \(n) seeds."
        case "fig5": return "Figure 5 — ridge-probe test MSE normalised by Var(y) for a target on minority (left) or majority (right) features vs ε_min; mean ± 1 std over \(n) seeds."
        case "fig6": return "Figure 6 — minority metrics with and without pruning vs ε_min at NSR = 1 (baselines: no pruning with a random or an identity dictionary); mean ± 1 std over \(n) seeds."
        case "fig6-ratio": return "Figure 6b — minority metrics vs pruning ratio α (weight level, identity dictionary, ε_min = 0.1, NSR = 1); α = 0 is no pruning; mean ± 1 std over \(n) seeds."
        case "fig9": return "Figure 9 — exploratory: minority and majority max-cosine at ε_min = 0.1, NSR = 1 for the base configuration and with one OPEN choice changed at a time; mean ± 1 std over \(n) seeds. No claim is tested here."
        default: return LongTailFigures.caption(id, r)
        }
    }

    static func nsrLabel(_ key: String) -> String { key.hasPrefix("nsr-") ? "NSR = " + key.dropFirst(4) : key }

    static func variantLabels(_ r: ReportResults) -> [String: String] {
        var labels = ["none-random": "no pruning, random M", "none-identity": "no pruning, identity M"]
        for v in r.plan.variants { labels[v.key] = v.label }
        return labels
    }

    static func series(_ sweep: SweepResult, metric: String, label: (String) -> String, keySuffix: String = "") -> [Series] {
        sweep.seriesKeys.map { key in
            Series(key: key + keySuffix, label: label(key), points: sweep.series(key).map { p in
                let s = p.metrics[metric]
                let m = s?.mean ?? .nan, sd = s?.std ?? .nan
                return DataPoint(x: p.x, y: m, lower: sd.isFinite ? m - sd : nil, upper: sd.isFinite ? m + sd : nil)
            })
        }
    }

    static func lineChart(_ sweep: SweepResult, id: String, title: String, metric: String, yTitle: String, seeds: Int,
                          label: (String) -> String, logX: Bool = true, xTitle: String = "ε_min (log scale)") -> LineChart {
        LineChart(id: id, title: title,
                  description: "\(title): \(yTitle) against \(xTitle), mean over \(seeds) seeds with ±1 std bands.",
                  xAxis: Axis(title: xTitle, scale: logX ? .log10 : .linear),
                  yAxis: Axis(title: yTitle, min: metric.hasPrefix("aligned") ? 0 : nil),  // neuron counts: never below 0
                  series: series(sweep, metric: metric, label: label),
                  bandDescription: "shaded band: ±1 std over \(seeds) seeds")
    }

    static func pairChart(_ r: ReportResults, _ sweep: SweepResult, id: String, title: String,
                          metrics: [(String, String)], yTitle: String, seeds: Int) -> Chart {
        let p = metrics.map { m in
            lineChart(sweep, id: "\(id)-\(m.0)", title: m.1, metric: m.0, yTitle: yTitle, seeds: seeds, label: nsrLabel)
        }
        return .multiples(SmallMultiples(id: id, title: title,
                                         description: "\(title): \(metrics.map(\.1).joined(separator: " and ")) against ε_min, one curve per NSR, mean over \(seeds) seeds with ±1 std bands.",
                                         panels: p, columns: p.count, sharedY: true))
    }

    static func panels(_ sweep: SweepResult, id: String, title: String, metrics: [(String, String)], xTitle: String,
                       logX: Bool, seeds: Int, label: @escaping (String) -> String) -> Chart {
        let p = metrics.map { m in
            lineChart(sweep, id: "\(id)-\(m.0)", title: m.1, metric: m.0, yTitle: m.1, seeds: seeds, label: label,
                      logX: logX, xTitle: xTitle)
        }
        return .multiples(SmallMultiples(id: id, title: title,
                                         description: "\(title): \(metrics.map(\.1).joined(separator: ", ")) against \(xTitle), mean over \(seeds) seeds with ±1 std bands.",
                                         panels: p, columns: p.count, sharedY: false))
    }
}
