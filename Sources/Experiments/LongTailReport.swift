import Foundation
import Learning

/// The real long-tailed section of the report: ρ grid × {without, with pruning} × seeds through the
/// result cache, aggregated into the paper's table layout, plus its claim checks.
public struct LongTailReport: Sendable {
    public var profile: ReportProfile
    public var dataset: String
    public var dataDirectory: String?

    public init(profile: ReportProfile, dataset: String = "fashion-mnist", dataDirectory: String? = nil) {
        self.profile = profile; self.dataset = dataset; self.dataDirectory = dataDirectory
    }

    public func config(rho: Double, pruned: Bool) -> LongTailConfig {
        let c = LongTailConfig.profile(profile, rho: rho, pruneRatio: pruned ? LongTailConfig.withPruningRatio : 0)
        return dataset == c.dataset ? c : c.forDataset(dataset)
    }

    /// One seeded long-tail training run (the unit of caching). `data` holds the size and SHA-256 of
    /// every data file the run reads, so replacing a file invalidates exactly the runs that read it.
    public struct Spec: Codable, Sendable {
        public var config: LongTailConfig; public var seed: UInt64; public var data: [DataFileDigest]
    }
    /// One seeded reference point (raw pixels or untrained encoder).
    public struct BaselineSpec: Codable, Sendable {
        public var kind: LongTailBaselines.Kind; public var config: LongTailConfig; public var seed: UInt64; public var data: [DataFileDigest]
    }

    /// The data files every run reads (size + SHA-256, computed once per process).
    func dataDigests() throws -> [DataFileDigest] { try DataFileDigest.ofDataset(dataset, directory: dataDirectory) }

    /// The training runs: ρ × {without, with pruning} × seeds, in table order.
    public func runJobs() throws -> [CachedRunner.Job<Spec, LongTailResult>] {
        let data = try dataDigests()
        var jobs: [CachedRunner.Job<Spec, LongTailResult>] = []
        let dir = dataDirectory
        for rho in Figure7.rhos { for pruned in [false, true] { for seed in 1...profile.seeds {
            let c = config(rho: rho, pruned: pruned)
            try c.validate()
            jobs.append(.init(spec: Spec(config: c, seed: UInt64(seed), data: data),
                              identity: "\(profile.rawValue)/longtail/\(dataset)/rho=\(ReportPlan.label(rho))/\(pruned ? "with" : "without")/seed=\(seed)",
                              inputs: data) {
                try LongTailExperiment.run($0.config, seed: $0.seed, dataDirectory: dir)
            })
        } } }
        return jobs
    }

    /// The reference points: every baseline kind × seeds, kinds in `allCases` order.
    public func baselineJobs() throws -> [CachedRunner.Job<BaselineSpec, Double>] {
        let data = try dataDigests()
        var jobs: [CachedRunner.Job<BaselineSpec, Double>] = []
        let dir = dataDirectory
        for kind in LongTailBaselines.Kind.allCases { for seed in 1...profile.seeds {
            jobs.append(.init(spec: BaselineSpec(kind: kind, config: config(rho: 1, pruned: false), seed: UInt64(seed), data: data),
                              identity: "\(profile.rawValue)/longtail/\(dataset)/baseline=\(kind.rawValue)/seed=\(seed)",
                              inputs: data) {
                try LongTailBaselines.accuracy($0.kind, config: $0.config, seed: $0.seed, dataDirectory: dir)
            })
        } }
        return jobs
    }

    /// Runs or loads every run; returns the table, the claims, run seconds and cache keys.
    public func compute(_ runner: CachedRunner) throws -> LongTailOutcome {
        let jobs = try runJobs()
        let outcome = try runner.run(jobs, what: "long-tail")
        let n = profile.seeds
        var grouped: [Double: (without: [LongTailResult], with: [LongTailResult])] = [:]
        var rows: [LongTailRow] = []
        for (r, rho) in Figure7.rhos.enumerated() {
            let base = r * 2 * n
            let without = outcome.entries[base..<(base + n)].map(\.result)
            let with = outcome.entries[(base + n)..<(base + 2 * n)].map(\.result)
            grouped[rho] = (without, with)
            func perClass(_ rs: [LongTailResult]) -> [Double] {
                guard let k = rs.first?.perClassAccuracy.count else { return [] }
                return (0..<k).map { c in SeedSummary(rs.map { $0.perClassAccuracy[c] }).mean }
            }
            rows.append(LongTailRow(
                rho: rho, accuracyWithout: SeedSummary(without.map(\.accuracy)), accuracyWith: SeedSummary(with.map(\.accuracy)),
                gapWithout: SeedSummary(without.map(\.headTailGap)), gapWith: SeedSummary(with.map(\.headTailGap)),
                perClassWithout: perClass(without), perClassWith: perClass(with), trainCounts: without.first?.trainCounts ?? [],
                perSeedAccuracyWithout: without.map(\.accuracy), perSeedAccuracyWith: with.map(\.accuracy),
                perSeedGapWithout: without.map(\.headTailGap), perSeedGapWith: with.map(\.headTailGap)))
        }
        // Reference points: raw-pixel probe and untrained encoder, per seed.
        let baselineJobs = try baselineJobs()
        let baselines = try runner.run(baselineJobs, what: "long-tail baselines")
        let table = LongTailTable(dataset: dataset, pruning: "weight level \(Int(100 * LongTailConfig.withPruningRatio))%, both views, from 10% of training",
                                  rows: rows, rawPixelAccuracy: SeedSummary(baselines.entries[0..<n].map(\.result)),
                                  untrainedEncoderAccuracy: SeedSummary(baselines.entries[n..<(2 * n)].map(\.result)))
        return LongTailOutcome(table: table, claims: Figure7.claims(grouped),
                               seconds: outcome.entries.map(\.seconds) + baselines.entries.map(\.seconds),
                               cacheKeys: outcome.entries.map(\.key) + baselines.entries.map(\.key))
    }
}
