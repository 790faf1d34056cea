import Learning

/// The runs of one reading on one block of seeds: the claims' ε_min grid (`readingEpsGrid`) at every
/// NSR without pruning (the `main` sweep, reduced), and the lead pruning variant (weight-level, 90%,
/// both views) on the reading's own dictionary against its unpruned baseline at NSR 1 and the
/// grid's ε_min ≤ 0.2 (the pruning claims' regime; the `pruning` sweep, reduced). Runs are content-addressed, so points equal to another reading's share their runs.
public struct ReadingSetup: Codable, Sendable, Equatable {
    public var reading: Reading
    /// Seeds firstSeed…firstSeed+seeds−1.
    public var firstSeed: Int
    public var seeds: Int
    public var variant: PruningVariant
    public var main: Sweep
    public var pruning: Sweep

    public init(reading: Reading, profile: ReportProfile, base: EngineConfig, firstSeed: Int, seeds: Int) throws {
        precondition(firstSeed >= 1 && seeds >= 1, "ReadingSetup: seeds \(firstSeed)+\(seeds)")
        self.reading = reading; self.firstSeed = firstSeed; self.seeds = seeds
        let c = try reading.config(over: base)
        let lead = PruningVariant.standard[0]
        variant = PruningVariant(key: "weight90-\(c.dictionary.rawValue)", label: "weight 90%, \(c.dictionary.rawValue) M",
                                 dictionary: c.dictionary, granularity: lead.granularity, branch: lead.branch, ratio: lead.ratio)
        let eps = profile.readingEpsGrid
        main = Sweep(id: .main, title: "Reading \(reading.id): ε_min × NSR without pruning", xName: "ε_min", seeds: seeds,
                     points: profile.nsrs.flatMap { nsr in eps.map { SweepPoint(series: .nsr(nsr), x: $0, config: ReadingSetup.canonical(ReportPlan.at($0, nsr, c), base: base)) } })
        let v = variant
        let small = eps.filter { $0 <= SyntheticClaims.smallEps }
        pruning = Sweep(id: .pruning, title: "Reading \(reading.id): \(v.label) against no pruning (NSR = 1)", xName: "ε_min", seeds: seeds,
                        points: small.map { SweepPoint(series: .unpruned(c.dictionary), x: $0, config: ReadingSetup.canonical(ReportPlan.at($0, 1, c), base: base)) }
                            + small.map { SweepPoint(series: .variant(v.key), x: $0, config: ReadingSetup.canonical(ReportPlan.at($0, 1, v.apply(to: c)), base: base)) })
    }

    public var sweeps: [Sweep] { [main, pruning] }

    /// `c` with the fields that cannot change its run reset to `base`'s, so equal runs share one cache
    /// entry: without pruning the pruning start, refresh and bias-norm source are unused; at ε_min = 1
    /// `noiseHeldBy = sigma2` gives the same σ² as `nsr`.
    static func canonical(_ c: EngineConfig, base: EngineConfig) -> EngineConfig {
        var c = c
        if !c.pruningEnabled {
            c.pruneStart = base.pruneStart; c.pruneRefresh = base.pruneRefresh; c.pruneBiasNorm = base.pruneBiasNorm
        }
        if c.epsMin == 1 { c.noiseHeldBy = .nsr }
        return c
    }

    /// The runs of one sweep, point by point and seed by seed (the order `Aggregation` expects).
    public func runs(_ sweep: Sweep) -> [RunSpec] {
        sweep.points.flatMap { p in (firstSeed..<(firstSeed + seeds)).map { RunSpec(config: p.config, seed: UInt64($0)) } }
    }

    /// "1–5".
    public var seedLabel: String { seeds == 1 ? "\(firstSeed)" : "\(firstSeed)–\(firstSeed + seeds - 1)" }
}
