import Claims
import Experiments
import Learning
import Markup
import Results
import SVGCharts

/// Results → the report's charts, one unit per paper figure (`Figures/FigureN.swift`, in page
/// order). Pure: the same results give the same charts. Series keys are shared across figures
/// (`nsr-1`, `none-random`, a variant key, …) so a series keeps its style everywhere. Bands are
/// ±1 standard deviation over seeds, except for neuron counts (``countMetrics``): there the band is
/// the 95 % confidence interval of the mean, mean ± t₀.₉₇₅,ₙ₋₁ · sd/√n, clamped at 0 (a count
/// cannot be negative, and ±1 sd of a count near 0 would draw below it).
public enum FigureBuilder {
    /// The units of the report in page order: the report units of `Figures/`
    /// (`ReportFigureUnits.all`, written at build time by the `FigureUnits` plugin) grouped by
    /// figure in ``FigureID/all``'s order, then those without a figure (the robustness map), then the
    /// sections outside `Figures/`.
    static let figures: [any ReportFigure] = {
        let units = ReportFigureUnits.all
        let problems = FigureBuilder.problems(units, figures: FigureID.all)
        precondition(problems.isEmpty, "the figure units of Reporting/Figures: " + problems.joined(separator: "; "))
        return FigureID.all.flatMap { f in units.filter { $0.figure == f } } + units.filter { $0.figure == nil }
            + [MethodsSection(), DiscussionSection()]
    }()

    /// What is wrong with report units against the registered figures: a unit of a figure that is
    /// not registered, a figure without a chart, a chart id declared twice, a unit without a figure
    /// that declares charts. Empty for the built units.
    static func problems(_ units: [any ReportFigure], figures: [FigureID]) -> [String] {
        var out: [String] = []
        for u in units {
            if let f = u.figure, !figures.contains(f) {
                out.append("\(type(of: u)) draws figure '\(f)', which no PaperFigure unit registers")
            }
            if u.figure == nil && !u.figureCharts.isEmpty { out.append("\(type(of: u)) declares charts but no figure") }
        }
        for f in figures where !units.contains(where: { $0.figure == f && !$0.figureCharts.isEmpty }) {
            out.append("figure '\(f)' has no report unit with a chart")
        }
        let ids = units.flatMap(\.figureCharts).map(\.id)
        for id in Set(ids) where ids.filter({ $0 == id }).count > 1 { out.append("chart id '\(id)' is declared twice") }
        return out.sorted()
    }

    public static func charts(_ r: ReportResults) -> [Chart] {
        figures.flatMap { $0.charts(r) }
    }

    /// Every chart id `charts` can produce (which appear depends on the profile and the long-tail
    /// section): ``FigureID/allCharts``; a template may name only these.
    public static let allIDs: Set<String> = Set(FigureID.allCharts.map(\.id))

    /// One caption per chart id (the id itself for an unknown chart).
    public static func caption(_ id: String, _ r: ReportResults) -> String {
        for f in figures { if let c = f.caption(id, r) { return c } }
        return id
    }

    /// "NSR = 1" for an NSR series of the `main` sweep.
    static func nsrLabel(_ key: SeriesKey) -> String {
        if case .nsr(let v) = key { return "NSR = " + NumberFormat.label(v) }
        return key.description
    }

    static func variantLabels(_ r: ReportResults) -> [SeriesKey: String] {
        var labels: [SeriesKey: String] = [.unpruned(.random): "no pruning, random M", .unpruned(.identity): "no pruning, identity M"]
        for v in r.plan.variants { labels[.variant(v.key)] = v.label }
        return labels
    }

    /// Metrics that count neurons: their bands are 95 % CIs of the mean clamped at 0.
    static let countMetrics: Set<Metric> = [
        .alignedMinority, .alignedMajority, .specialistsMinority, .specialistsMajority,
        .alignedMinorityMasked, .alignedMajorityMasked, .specialistsMinorityMasked, .specialistsMajorityMasked,
    ]

    /// The band of one point: mean ± 1 sd, or for a count (`count`) the 95 % CI of the mean
    /// m ± t₀.₉₇₅,ₙ₋₁ · sd/√n with the lower edge clamped at 0; nil edges when there is no spread
    /// to show (a single seed, or a non-finite sd).
    static func band(_ s: SeedSummary?, count: Bool) -> (lower: Double?, upper: Double?) {
        guard let s, s.mean.isFinite, s.std.isFinite else { return (nil, nil) }
        guard count else { return (s.mean - s.std, s.mean + s.std) }
        guard s.n >= 2 else { return (nil, nil) }
        let half = StudentT.quantile(0.975, df: Double(s.n - 1)) * s.standardError
        return (max(0, s.mean - half), s.mean + half)
    }

    /// The legend note of a chart's bands: "shaded band: ±1 std over N seeds", or for counts the CI.
    static func bandNote(count: Bool, seeds: Int) -> String {
        count ? "shaded band on neuron counts: 95% CI of the mean (t interval over \(seeds) seeds), clamped at 0"
            : "shaded band: ±1 std over \(seeds) seeds"
    }

    /// The bands in words for a chart description, for the metrics it shows.
    static func bandPhrase(_ metrics: [Metric], seeds: Int) -> String {
        let counts = metrics.filter(countMetrics.contains).count
        if counts == 0 { return "mean over \(seeds) seeds with ±1 std bands" }
        if counts == metrics.count { return "mean over \(seeds) seeds with 95% CI bands of the mean (clamped at 0)" }
        return "mean over \(seeds) seeds with ±1 std bands (95% CI of the mean, clamped at 0, for neuron counts)"
    }

    /// Every finite value a line chart plots on y: means, band edges (the lower one at the band's
    /// floor at least) and reference levels.
    static func plottedValues(_ c: LineChart) -> [Double] {
        c.series.flatMap { s in
            s.points.flatMap { p in [p.y, p.lower.map { max($0, s.band.floor) }, p.upper].compactMap { $0 } }
        }.filter(\.isFinite) + c.referenceLevels.map(\.y)
    }

    static func series(_ sweep: SweepResult, metric: Metric, label: (SeriesKey) -> String, keySuffix: String = "") -> [Series] {
        let count = countMetrics.contains(metric)
        return sweep.seriesKeys.map { key in
            Series(key: key.description + keySuffix, label: label(key), points: sweep.series(key).map { p in
                let s = p.metrics[metric]
                let b = band(s, count: count)
                return DataPoint(x: p.x, y: s?.mean ?? .nan, lower: b.lower, upper: b.upper, seeds: seedCount(s, planned: p.seeds))
            }, band: count ? .confidenceInterval95(floor: 0) : .standardDeviation)
        }
    }

    /// The seeds behind a summary when fewer than planned were finite (k = finite, N = the larger
    /// of `planned` and the summary's own count); nil when every planned seed counted.
    static func seedCount(_ s: SeedSummary?, planned: Int) -> SeedCount? {
        guard let s else { return planned > 0 ? SeedCount(finite: 0, planned: planned) : nil }
        return SeedCount.partial(finite: s.n, planned: max(planned, s.planned))
    }

    static func lineChart(_ sweep: SweepResult, id: String, title: String, metric: Metric, yTitle: String, seeds: Int,
                          label: (SeriesKey) -> String, logX: Bool = true, xTitle: String = "ε_min (log scale)",
                          xTicks: [Double]? = nil) -> LineChart {
        let count = countMetrics.contains(metric)
        return LineChart(id: id, title: title,
                         description: "\(title): \(yTitle) against \(xTitle), \(bandPhrase([metric], seeds: seeds)).",
                         xAxis: Axis(title: xTitle, scale: logX ? .log10 : .linear, tickValues: xTicks),
                         yAxis: Axis(title: yTitle, min: count ? 0 : nil),  // neuron counts: never below 0
                         series: series(sweep, metric: metric, label: label),
                         bandDescription: bandNote(count: count, seeds: seeds))
    }

    static func pairChart(_ sweep: SweepResult, id: String, title: String,
                          metrics: [(Metric, String)], yTitle: String, seeds: Int) -> Chart {
        let p = metrics.map { m in
            lineChart(sweep, id: "\(id)-\(m.0.rawValue)", title: m.1, metric: m.0, yTitle: yTitle, seeds: seeds, label: nsrLabel)
        }
        return .multiples(SmallMultiples(id: id, title: title,
                                         description: "\(title): \(metrics.map(\.1).joined(separator: " and ")) against ε_min, one curve per NSR, \(bandPhrase(metrics.map(\.0), seeds: seeds)).",
                                         panels: p, columns: p.count, sharedY: true))
    }

    static func panels(_ sweep: SweepResult, id: String, title: String, metrics: [(Metric, String)], xTitle: String,
                       logX: Bool, seeds: Int, columns: Int? = nil, xTicks: [Double]? = nil,
                       label: @escaping (SeriesKey) -> String) -> Chart {
        let p = metrics.map { m in
            lineChart(sweep, id: "\(id)-\(m.0.rawValue)", title: m.1, metric: m.0, yTitle: m.1, seeds: seeds, label: label,
                      logX: logX, xTitle: xTitle, xTicks: xTicks)
        }
        return .multiples(SmallMultiples(id: id, title: title,
                                         description: "\(title): \(metrics.map(\.1).joined(separator: ", ")) against \(xTitle), \(bandPhrase(metrics.map(\.0), seeds: seeds)).",
                                         panels: p, columns: columns ?? p.count, sharedY: false))
    }
}
