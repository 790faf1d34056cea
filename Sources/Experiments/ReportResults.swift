import Learning

/// Everything a report shows and a later diff needs (`results.json`): the plan, aggregated metrics
/// per sweep point, Fig 1 trajectories, the long-tail table, claim verdicts and provenance.
public struct ReportResults: Codable, Sendable, Equatable {
    /// Version of this file's layout (`clreport diff` reads older ones where fields exist).
    public var resultsSchema: Int
    public var profile: ReportProfile
    public var plan: ReportPlan
    public var sweeps: [SweepResult]
    public var trajectories: [NeuronTrajectorySet]
    public var longTail: LongTailTable?
    public var claims: [ClaimResult]
    public var provenance: Provenance

    public static let currentSchema = 1
}

/// Aggregated metrics of one sweep.
public struct SweepResult: Codable, Sendable, Equatable {
    public var id: String
    public var xName: String
    public var points: [AggregatedPoint]

    public func series(_ key: String) -> [AggregatedPoint] { points.filter { $0.series == key } }
    public var seriesKeys: [String] {
        var seen: [String] = []
        for p in points where !seen.contains(p.series) { seen.append(p.series) }
        return seen
    }
}

/// One sweep point over seeds: each metric's mean ± std, and the per-seed values.
public struct AggregatedPoint: Codable, Sendable, Equatable {
    public var series: String
    public var x: Double
    public var seeds: Int
    public var divergedSeeds: Int
    public var metrics: [String: SeedSummary]
    public var perSeed: [String: [Double]]
    public var cacheKeys: [String]

    public func values(_ metric: String) -> [Double] { perSeed[metric] ?? [] }
    public func mean(_ metric: String) -> Double { metrics[metric]?.mean ?? .nan }
}

/// Fig 1: per-seed traces of the lucky majority and minority neurons, on shared checkpoints.
public struct NeuronTrajectorySet: Codable, Sendable, Equatable {
    public var seed: UInt64
    public var steps: [Int]
    public var loss: [Double]
    public var biasStartStep: Int
    public var biasFreezeStep: Int
    public var majority: NeuronTrace?
    public var minority: NeuronTrace?
}

/// The long-tail experiment's table: per ρ, without and with pruning.
public struct LongTailTable: Codable, Sendable, Equatable {
    public var dataset: String
    public var pruning: String
    public var rows: [LongTailRow]
    /// Reference accuracies over seeds (see `LongTailBaselines`); absent in older results.
    public var rawPixelAccuracy: SeedSummary?
    public var untrainedEncoderAccuracy: SeedSummary?
}

public struct LongTailRow: Codable, Sendable, Equatable {
    public var rho: Double
    public var accuracyWithout: SeedSummary
    public var accuracyWith: SeedSummary
    public var gapWithout: SeedSummary
    public var gapWith: SeedSummary
    /// Mean per-class accuracy over seeds, classes ordered head → tail by training count.
    public var perClassWithout: [Double]
    public var perClassWith: [Double]
    public var trainCounts: [Int]
    public var perSeedAccuracyWithout: [Double]
    public var perSeedAccuracyWith: [Double]
    public var perSeedGapWithout: [Double]
    public var perSeedGapWith: [Double]
}

/// Where and how the numbers were made.
public struct Provenance: Codable, Sendable, Equatable {
    public var tool: String
    public var gitCommit: String
    public var swiftVersion: String
    public var blas: String
    public var profile: String
    public var runs: Int
    // No compute time: it depends on where and how the runs were computed (machine, shards,
    // workers), and the report's bytes must not (issue 16). `clreport plan` estimates it.
    /// Hash over all run cache keys: equal ⇔ the same runs.
    public var cacheDigest: String
}
