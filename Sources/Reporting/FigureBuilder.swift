import Experiments
import Learning
import SVGCharts

/// Results → the report's charts, one unit per paper figure (`Figures/FigureN.swift`, in page
/// order). Pure: the same results give the same charts. Series keys are shared across figures
/// (`nsr-1`, `none-random`, a variant key, …) so a series keeps its style everywhere. Bands are
/// ±1 standard deviation over seeds.
public enum FigureBuilder {
    /// The figures of the report, in page order.
    static let figures: [any ReportFigure] = [
        Figure1(), Figure2(), Figure3(), Figure4(), Figure5(), Figure6(), Figure7(), Figure8(), Figure9(), RobustnessFigure(), MethodsSection(), DiscussionSection(),
    ]

    public static func charts(_ r: ReportResults) -> [Chart] {
        figures.flatMap { $0.charts(r) }
    }

    /// Every chart id `charts` can produce (which appear depends on the profile and the long-tail
    /// section): each figure's id plus its extra charts; a template may name only these.
    public static let allIDs: Set<String> = Set(figures.flatMap(\.chartIDs))

    /// One caption per chart id (the id itself for an unknown chart).
    public static func caption(_ id: String, _ r: ReportResults) -> String {
        for f in figures { if let c = f.caption(id, r) { return c } }
        return id
    }

    /// The figure a claim section links to (`#fig-<id>` in the ledger).
    static func figureID(of section: SectionID) -> String {
        figures.first { $0.section == section }?.id ?? section.rawValue
    }

    /// "NSR = 1" for an NSR series of the `main` sweep.
    static func nsrLabel(_ key: SeriesKey) -> String {
        if case .nsr(let v) = key { return "NSR = " + ReportPlan.label(v) }
        return key.description
    }

    static func variantLabels(_ r: ReportResults) -> [SeriesKey: String] {
        var labels: [SeriesKey: String] = [.unpruned(.random): "no pruning, random M", .unpruned(.identity): "no pruning, identity M"]
        for v in r.plan.variants { labels[.variant(v.key)] = v.label }
        return labels
    }

    static func series(_ sweep: SweepResult, metric: Metric, label: (SeriesKey) -> String, keySuffix: String = "") -> [Series] {
        sweep.seriesKeys.map { key in
            Series(key: key.description + keySuffix, label: label(key), points: sweep.series(key).map { p in
                let s = p.metrics[metric]
                let m = s?.mean ?? .nan, sd = s?.std ?? .nan
                return DataPoint(x: p.x, y: m, lower: sd.isFinite ? m - sd : nil, upper: sd.isFinite ? m + sd : nil,
                                 seeds: seedCount(s, planned: p.seeds))
            })
        }
    }

    /// The seeds behind a summary when fewer than planned were finite (k = finite, N = the larger
    /// of `planned` and the summary's own count); nil when every planned seed counted.
    static func seedCount(_ s: SeedSummary?, planned: Int) -> SeedCount? {
        guard let s else { return planned > 0 ? SeedCount(finite: 0, planned: planned) : nil }
        return SeedCount.partial(finite: s.n, planned: max(planned, s.planned))
    }

    static func lineChart(_ sweep: SweepResult, id: String, title: String, metric: Metric, yTitle: String, seeds: Int,
                          label: (SeriesKey) -> String, logX: Bool = true, xTitle: String = "ε_min (log scale)") -> LineChart {
        LineChart(id: id, title: title,
                  description: "\(title): \(yTitle) against \(xTitle), mean over \(seeds) seeds with ±1 std bands.",
                  xAxis: Axis(title: xTitle, scale: logX ? .log10 : .linear),
                  yAxis: Axis(title: yTitle, min: [.alignedMinority, .alignedMajority].contains(metric) ? 0 : nil),  // neuron counts: never below 0
                  series: series(sweep, metric: metric, label: label),
                  bandDescription: "shaded band: ±1 std over \(seeds) seeds")
    }

    static func pairChart(_ sweep: SweepResult, id: String, title: String,
                          metrics: [(Metric, String)], yTitle: String, seeds: Int) -> Chart {
        let p = metrics.map { m in
            lineChart(sweep, id: "\(id)-\(m.0.rawValue)", title: m.1, metric: m.0, yTitle: yTitle, seeds: seeds, label: nsrLabel)
        }
        return .multiples(SmallMultiples(id: id, title: title,
                                         description: "\(title): \(metrics.map(\.1).joined(separator: " and ")) against ε_min, one curve per NSR, mean over \(seeds) seeds with ±1 std bands.",
                                         panels: p, columns: p.count, sharedY: true))
    }

    static func panels(_ sweep: SweepResult, id: String, title: String, metrics: [(Metric, String)], xTitle: String,
                       logX: Bool, seeds: Int, columns: Int? = nil, label: @escaping (SeriesKey) -> String) -> Chart {
        let p = metrics.map { m in
            lineChart(sweep, id: "\(id)-\(m.0.rawValue)", title: m.1, metric: m.0, yTitle: m.1, seeds: seeds, label: label,
                      logX: logX, xTitle: xTitle)
        }
        return .multiples(SmallMultiples(id: id, title: title,
                                         description: "\(title): \(metrics.map(\.1).joined(separator: ", ")) against \(xTitle), mean over \(seeds) seeds with ±1 std bands.",
                                         panels: p, columns: columns ?? p.count, sharedY: false))
    }
}
