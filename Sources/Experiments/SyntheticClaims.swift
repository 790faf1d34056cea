import Claims
import Foundation
import Learning
import Markup

/// What the synthetic claim checks (`Figures/FigureN.swift`) share: the declared constants and the
/// ways per-seed values are read from an aggregated sweep. Every statistic is one of `Stats/`
/// (paired t, Holm, Spearman bootstrap), adjusted per claim by `ClaimFamily`; the verdict comes only
/// from the numbers.
public enum SyntheticClaims {
    /// The "minority" regime of the pruning claims: ε_min ≤ 0.2 (declared before any run).
    static let smallEps = 0.2

    static func fmt(_ v: Double, _ d: Int = 3) -> String { NumberFormat.format(v, decimals: d) }

    /// The per-seed values of a metric at each point of one series, as trend groups (x, values).
    static func groups(_ sweep: SweepResult, _ series: SeriesKey, _ metric: Metric) -> [(x: Double, values: [Double])] {
        sweep.series(series).map { ($0.x, $0.values(metric)) }
    }

    /// Per-seed ratios a/b of two metrics at each point of one series (NaN where b = 0 or either is NaN).
    static func ratioGroups(_ sweep: SweepResult, _ series: SeriesKey, _ a: Metric, _ b: Metric) -> [(x: Double, values: [Double])] {
        sweep.series(series).map { p in
            (p.x, zip(p.values(a), p.values(b)).map { $1 != 0 ? $0 / $1 : .nan })
        }
    }

    /// Paired comparison of `metric` between two points sharing seed slots (same seed ⇒ same initial
    /// weights and data stream), Δ = b − a.
    static func paired(_ a: AggregatedPoint, _ b: AggregatedPoint, _ metric: Metric, _ direction: ClaimedDirection) -> Comparison {
        let va = a.values(metric), vb = b.values(metric)
        let n = min(va.count, vb.count)
        return Comparison.paired(a: Array(va.prefix(n)), b: Array(vb.prefix(n)), direction: direction)
    }

    /// One-sample comparison of per-seed values against a null value μ0 (Δ = mean(values) − μ0),
    /// through the paired design with a constant reference.
    static func oneSample(_ values: [Double], against mu0: Double, _ direction: ClaimedDirection) -> Comparison {
        Comparison.paired(a: values.map { _ in mu0 }, b: values, direction: direction)
    }

    /// Where an aggregated point of `sweep` comes from, for a sub-test's evidence.
    static func runPoint(_ sweep: SweepResult, _ p: AggregatedPoint) -> SubTestEvidence.RunPoint {
        SubTestEvidence.RunPoint(sweep: sweep.id.rawValue, series: p.series.description, x: p.x)
    }

    /// The seeds of n per-seed values of a sweep point: slot i holds seed i + 1 (`Sweep.runs`).
    static func slotSeeds(_ n: Int) -> [UInt64] { (0..<n).map { UInt64($0 + 1) } }

    /// The arms of a paired comparison of `metric` between points of `sweep` (as `paired` reads them).
    static func arms(_ sweep: SweepResult, _ points: [(label: String, point: AggregatedPoint)], _ metric: Metric) -> [SubTestEvidence.Arm] {
        let n = points.map { $0.point.values(metric).count }.min() ?? 0
        return points.map { label, p in
            SubTestEvidence.Arm(label: label, points: [runPoint(sweep, p)], seeds: slotSeeds(n), values: Array(p.values(metric).prefix(n)))
        }
    }

    /// The arms of a trend over the points of one series (`groups` read from `sweep.series(series)`,
    /// in the same order): one arm per x.
    static func trendArms(_ sweep: SweepResult, _ series: SeriesKey, _ groups: [(x: Double, values: [Double])]) -> [SubTestEvidence.Arm] {
        zip(sweep.series(series), groups).map { p, g in
            SubTestEvidence.Arm(label: "\(sweep.xName) = \(NumberFormat.label(g.x)), \(series)", points: [runPoint(sweep, p)],
                                seeds: slotSeeds(g.values.count), values: g.values, x: g.x)
        }
    }

    /// A Spearman trend check over the x of `series` in `sweep`, carrying the arms it reads.
    static func trend(_ sweep: SweepResult, _ series: SeriesKey, id: SubTestID, rule: String,
                      groups: [(x: Double, values: [Double])], _ direction: ClaimedDirection) -> ClaimFamily.Check {
        ClaimFamily.Check.trend(id: id, rule: rule, groups: groups, direction: direction).reading(trendArms(sweep, series, groups))
    }

    /// The checks `make` builds for each NSR curve of the `main` sweep, in `nsrs` order: its series
    /// `.nsr(nsr)`, the label "NSR x" and the NSR itself (ids `SubTestID.at(stem, .nsr, nsr)`).
    static func perNSR(_ nsrs: [Double], _ make: (_ series: SeriesKey, _ at: String, _ nsr: Double) -> [ClaimFamily.Check]) -> [ClaimFamily.Check] {
        nsrs.flatMap { nsr in make(.nsr(nsr), "NSR \(NumberFormat.label(nsr))", nsr) }
    }

    /// "higher" / "lower" for a claimed direction.
    public static func word(_ d: ClaimedDirection) -> String { d == .increase ? "higher" : "lower" }
}
