import Experiments
import Learning

/// The runs of one reading on one block of seeds: the four conditions its claims compare, each at
/// the claims' ε_min = 0.1 unless stated, the lowest NSR of the profile unless stated:
///
///     imbalanced  ε_min = 0.1                    (every claim; its trajectory serves Fig 1's claims)
///     balanced    ε_min = 1                      (imbalance contrasts)
///     noisy       ε_min = 0.1 at the highest NSR (noise contrast)
///     pruned      ε_min = 0.1 with pruning α = 0.9 (the reading's granularity, branch, schedule)
///
/// Runs are content-addressed: fields a run cannot depend on are reset to the base (`canonical`),
/// so readings that differ only there share their cache entries.
public struct ReadingRuns: Codable, Sendable, Equatable {
    public enum Role: String, Codable, Sendable, CaseIterable { case imbalanced, balanced, noisy, pruned }

    /// The pruning ratio of every pruned run (SPEC §5's lead: 90%).
    public static let pruneRatio = 0.9
    /// ε_min of the imbalanced conditions (a minority exists).
    public static let eps = 0.1

    public var reading: Reading
    /// Seeds firstSeed…firstSeed+seeds−1.
    public var firstSeed: Int
    public var seeds: Int
    /// One configuration per role, in `Role.allCases` order.
    public var configs: [EngineConfig]

    public init(reading: Reading, profile: ReportProfile, base: EngineConfig, firstSeed: Int, seeds: Int) throws {
        precondition(firstSeed >= 1 && seeds >= 1, "ReadingRuns: seeds \(firstSeed)+\(seeds)")
        self.reading = reading; self.firstSeed = firstSeed; self.seeds = seeds
        let c = try reading.config(over: base)
        let lo = profile.nsrs.min()!, hi = profile.nsrs.max()!
        var pruned = ReportPlan.at(Self.eps, lo, c)
        pruned.pruneRatio = Self.pruneRatio
        configs = [ReportPlan.at(Self.eps, lo, c), ReportPlan.at(1, lo, c), ReportPlan.at(Self.eps, hi, c), pruned]
            .map { Self.canonical($0, base: base) }
    }

    public func config(_ role: Role) -> EngineConfig { configs[Role.allCases.firstIndex(of: role)!] }

    /// The run specs of one role, seed by seed.
    public func specs(_ role: Role) -> [RunSpec] {
        (firstSeed..<(firstSeed + seeds)).map { RunSpec(config: config(role), seed: UInt64($0)) }
    }

    /// Every run, role by role.
    public var allSpecs: [RunSpec] { Role.allCases.flatMap(specs) }

    /// `c` with the fields that cannot change its run reset to `base`'s: without pruning the pruning
    /// start, refresh, bias-norm source, granularity and branch are unused; at ε_min = 1
    /// `noiseHeldBy = sigma2` gives the same σ² as `nsr`.
    static func canonical(_ c: EngineConfig, base: EngineConfig) -> EngineConfig {
        var c = c
        if !c.pruningEnabled {
            c.pruneStart = base.pruneStart; c.pruneRefresh = base.pruneRefresh; c.pruneBiasNorm = base.pruneBiasNorm
            c.pruneGranularity = base.pruneGranularity; c.pruneBranch = base.pruneBranch
        }
        if c.epsMin == 1 { c.noiseHeldBy = .nsr }
        return c
    }

    /// "1–5".
    public var seedLabel: String { seeds == 1 ? "\(firstSeed)" : "\(firstSeed)–\(firstSeed + seeds - 1)" }
}
