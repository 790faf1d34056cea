import Datasets
import Foundation
import Learning
import LongTail
import Markup
import RunCache

/// The real long-tailed section of the report: ρ grid × {without, with pruning} × seeds through the
/// result cache, aggregated into the paper's table layout, plus its claim checks. The grid and the
/// seeds are the profile's (`ReportProfile.longTailRhos`, `longTailSeeds`); the encoder is the
/// conv encoder of `LongTailConfig.profile` (SimCLR without pruning, SDCLR's self-competitor at
/// `LongTailConfig.withPruningRatio` with).
public struct LongTailReport: Sendable {
    public var profile: ReportProfile
    public var dataset: DatasetName
    public var dataDirectory: String?

    public init(profile: ReportProfile, dataset: DatasetName = .fashionMNIST, dataDirectory: String? = nil) {
        self.profile = profile; self.dataset = dataset; self.dataDirectory = dataDirectory
    }

    /// The imbalance ratios and seeds the profile runs.
    public var rhos: [Double] { profile.longTailRhos }
    public var seeds: Int { profile.longTailSeeds }

    public func config(rho: Double, pruned: Bool) -> LongTailConfig {
        let c = LongTailConfig.profile(profile, rho: rho, pruneRatio: pruned ? LongTailConfig.withPruningRatio : 0)
        return dataset == c.dataset ? c : c.forDataset(dataset)
    }

    /// The gate `encoderBeatsRawPixels` (see `LongTailEncoderGate`): paired over seeds, the encoder
    /// beats the raw-pixel probe on the same split by ≥ 3 points with a 95 % CI above 0.
    public static func beats(_ encoder: [Double], _ rawPixels: [Double]) -> Bool {
        LongTailEncoderGate.evaluate(encoder: encoder, rawPixels: rawPixels).holds
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
        for rho in rhos { for pruned in [false, true] { for seed in 1...seeds {
            let c = config(rho: rho, pruned: pruned)
            try c.validate()
            jobs.append(.init(spec: Spec(config: c, seed: UInt64(seed), data: data),
                              identity: "\(profile.rawValue)/longtail/\(dataset)/rho=\(NumberFormat.label(rho))/\(pruned ? "with" : "without")/seed=\(seed)",
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
        for kind in LongTailBaselines.Kind.allCases { for seed in 1...seeds {
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
        let outcome = try runner.run(try runJobs(), what: "long-tail")
        let baselines = try runner.run(try baselineJobs(), what: "long-tail baselines")
        var result = assemble(runs: outcome.entries.map(\.result), baselines: baselines.entries.map(\.result))
        result.seconds = outcome.entries.map(\.seconds) + baselines.entries.map(\.seconds)
        result.cacheKeys = outcome.entries.map(\.key) + baselines.entries.map(\.key)
        return result
    }

    /// The table and the claims from the results of `runJobs()` and `baselineJobs()`, in their
    /// order (seconds and cache keys left empty). The gates are computed here, before any pruning
    /// verdict: `encoderBeatsRawPixels` on the unpruned runs at the smallest ρ against the raw-pixel
    /// probe, the premise on the unpruned runs over ρ (`LongTailClaims.Gate`).
    public func assemble(runs: [LongTailResult], baselines: [Double]) -> LongTailOutcome {
        let n = seeds
        precondition(runs.count == rhos.count * 2 * n && baselines.count == LongTailBaselines.Kind.allCases.count * n,
                     "LongTailReport.assemble: \(runs.count) runs and \(baselines.count) baselines, expected \(rhos.count * 2 * n) and \(LongTailBaselines.Kind.allCases.count * n)")
        var grouped: [Double: (without: [LongTailResult], with: [LongTailResult])] = [:]
        var rows: [LongTailRow] = []
        for (r, rho) in rhos.enumerated() {
            let base = r * 2 * n
            let without = Array(runs[base..<(base + n)])
            let with = Array(runs[(base + n)..<(base + 2 * n)])
            grouped[rho] = (without, with)
            func perClass(_ rs: [LongTailResult]) -> [Double] {
                guard let k = rs.first?.perClassAccuracy.count else { return [] }
                return (0..<k).map { c in SeedSummary(rs.map { $0.perClassAccuracy[c] }).mean }
            }
            func perRank(_ rs: [LongTailResult]) -> [Double] {
                guard let k = rs.first?.classesByRank.count else { return [] }
                return (0..<k).map { r in SeedSummary(rs.map { $0.perRankAccuracy[r] }).mean }
            }
            rows.append(LongTailRow(
                rho: rho, accuracyWithout: SeedSummary(without.map(\.accuracy)), accuracyWith: SeedSummary(with.map(\.accuracy)),
                gapWithout: SeedSummary(without.map(\.headTailGap)), gapWith: SeedSummary(with.map(\.headTailGap)),
                perClassWithout: perClass(without), perClassWith: perClass(with), trainCounts: without.first?.trainCounts ?? [],
                perSeedAccuracyWithout: without.map(\.accuracy), perSeedAccuracyWith: with.map(\.accuracy),
                perSeedGapWithout: without.map(\.headTailGap), perSeedGapWith: with.map(\.headTailGap),
                perRankWithout: perRank(without), perRankWith: perRank(with), classesByRankPerSeed: without.map(\.classesByRank)))
        }
        // Reference points: raw-pixel probe and untrained encoder, per seed.
        let raw = Array(baselines[0..<n])
        let encoderAtOne = grouped[rhos.min()!]?.without.map(\.accuracy) ?? []
        let encoderGate = LongTailEncoderGate.evaluate(encoder: encoderAtOne, rawPixels: raw)
        let beats = encoderGate.holds
        let premise = LongTailPremise.evaluate(grouped.mapValues(\.without))
        let protocolConfig = config(rho: 1, pruned: false)
        let table = LongTailTable(dataset: dataset, pruning: Self.pruningDescription(config(rho: 1, pruned: true)),
                                  rows: rows, rawPixelAccuracy: SeedSummary(raw),
                                  untrainedEncoderAccuracy: SeedSummary(Array(baselines[n..<(2 * n)])),
                                  classNames: LongTailData.classNames(dataset), premise: premise,
                                  encoderBeatsRawPixels: beats, encoderGate: encoderGate, protocolConfig: protocolConfig)
        var gate = LongTailClaims.Gate(encoderBeatsRawPixels: beats, encoderAccuracy: SeedSummary(encoderAtOne).mean,
                                       rawPixelAccuracy: SeedSummary(raw).mean, premise: premise)
        gate.encoderGate = encoderGate
        return LongTailOutcome(table: table, claims: LongTailClaims.evaluate(grouped, gate: gate), seconds: [], cacheKeys: [])
    }

    /// The with-pruning arm in a few words (legends, table caption).
    public static func pruningDescription(_ pruned: LongTailConfig) -> String {
        if let conv = pruned.conv {
            let ratio = Int((100 * (conv.pruneRatio ?? 0)).rounded())
            switch conv.pruningReading {
            case .selfCompetitor: return "SDCLR self-competitor, \(ratio)% of conv weights pruned"
            case .straightThrough: return "\(ratio)% of conv weights, masked forward, full-gradient backward"
            }
        }
        return "weight level \(Int((100 * pruned.engine.pruneRatio).rounded()))%, both views, from 10% of training"
    }
}
