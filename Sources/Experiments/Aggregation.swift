import Learning
import RunCache

/// Seeds → mean ± std per sweep point.
public enum Aggregation {
    /// Groups `entries` (one per run of `sweep.runs`, same order) by sweep point.
    public static func aggregate(_ sweep: Sweep, entries: [CacheEntry<RunResult>]) -> SweepResult {
        precondition(entries.count == sweep.points.count * sweep.seeds, "aggregate: \(entries.count) entries for \(sweep.id)")
        var points: [AggregatedPoint] = []
        for (p, point) in sweep.points.enumerated() {
            let slice = Array(entries[(p * sweep.seeds)..<((p + 1) * sweep.seeds)])
            var metrics: [Metric: SeedSummary] = [:], perSeed: [Metric: [Double]] = [:]
            for metric in RunMetrics.measured {
                let values = slice.map { $0.result.metrics[metric]! }
                perSeed[metric] = values
                metrics[metric] = SeedSummary(values)
            }
            // Whether each seed's lucky neurons reach stage 3 (1/0; NaN when the run diverged or the group is empty).
            for (name, pick) in [(Metric.stage3Majority, \Trajectory.majorityNeuron), (.stage3Minority, \Trajectory.minorityNeuron)] {
                let values = slice.map { e -> Double in
                    guard !e.result.diverged, let t = e.result.trajectory[keyPath: pick] else { return .nan }
                    return t.stage3Step == nil ? 0 : 1
                }
                perSeed[name] = values
                metrics[name] = SeedSummary(values)
            }
            let growth = slice.map { e -> Double in
                guard !e.result.diverged, let n = e.result.trajectory.majorityNeuron?.noise, let a = n.first, let b = n.last, a > 0 else { return .nan }
                return b / a
            }
            perSeed[.noiseGrowthMajority] = growth
            metrics[.noiseGrowthMajority] = SeedSummary(growth)
            points.append(AggregatedPoint(series: point.series, x: point.x, seeds: sweep.seeds,
                                          divergedSeeds: slice.filter(\.result.diverged).count,
                                          metrics: metrics, perSeed: perSeed, cacheKeys: slice.map(\.key)))
        }
        return SweepResult(id: sweep.id, xName: sweep.xName, points: points)
    }
}
