import Claims
import Experiments
import Learning
import RunCache

/// Runs the robustness map in two cached phases: (1) every reading of the declared design on the
/// search seeds 1…n (known up front: `plannedRuns` gives them to `plan`, `run --shard` and the first
/// Slurm array); (2) each claim's favourable reading on fresh seeds n+1…2n (`confirmationJobs`, known
/// once phase 1 is in the cache: `run --phase confirmation` and the second, `afterok` Slurm array).
/// Each phase depends only on cached results, so the outcome is the same for any `--jobs`, any
/// shard count, and a re-render from the cache repeats it.
public struct ReadingsComputation {
    public let profile: ReportProfile
    /// The report's base at the map's size (`mapBase`).
    public let base: EngineConfig
    public let runner: CachedRunner
    public let map: MapDesign

    /// `base` is the report's synthetic base; the map runs it at `profile.mapProfile`'s size.
    public init(profile: ReportProfile, base: EngineConfig, runner: CachedRunner) {
        self.profile = profile; self.base = Self.mapBase(profile: profile, base: base); self.runner = runner
        map = MapDesign.forProfile(profile)
    }

    /// The report's base at the map's size (`ReportProfile.mapProfile`); unchanged when the map runs
    /// at the profile's own size.
    public static func mapBase(profile: ReportProfile, base: EngineConfig) -> EngineConfig {
        profile.mapProfile == profile ? base : profile.mapProfile.preset.sized(base)
    }

    /// The search phase's runs (every reading × role × seed), deduplicated, with their identities.
    public static func plannedRuns(profile: ReportProfile, base: EngineConfig) throws -> [(spec: RunSpec, identity: String)] {
        let map = MapDesign.forProfile(profile)
        return jobsFor(try setups(map.readings, profile: profile, base: mapBase(profile: profile, base: base),
                                  firstSeed: 1, seeds: map.searchSeeds), profile: profile)
    }

    /// The most runs the confirmation phase can have: one distinct favourable reading per claim,
    /// each with every role on the confirmation seeds (fewer when claims share a favourite or runs).
    public static func confirmationRunBound(profile: ReportProfile) -> Int {
        MapClaims.specs.count * ReadingRuns.Role.allCases.count * MapDesign.forProfile(profile).searchSeeds
    }

    static func setups(_ readings: [Reading], profile: ReportProfile, base: EngineConfig, firstSeed: Int, seeds: Int) throws -> [ReadingRuns] {
        try readings.map { try ReadingRuns(reading: $0, profile: profile.mapProfile, base: base, firstSeed: firstSeed, seeds: seeds) }
    }

    static func jobsFor(_ setups: [ReadingRuns], profile: ReportProfile) -> [(spec: RunSpec, identity: String)] {
        var seen = Set<RunSpec>(), out: [(RunSpec, String)] = []
        for s in setups {
            for role in ReadingRuns.Role.allCases {
                for spec in s.specs(role) where seen.insert(spec).inserted {
                    out.append((spec, "\(profile.rawValue)/reading=\(s.reading.id)/\(role.rawValue)/seed=\(spec.seed)"))
                }
            }
        }
        return out
    }

    /// The confirmation phase's runs, chosen from the search phase's results (run or loaded by this
    /// computation's runner; an offline runner needs them all cached).
    public func confirmationJobs() throws -> [CachedRunner.Job<RunSpec, RunResult>] {
        var ignored: [CacheEntry<RunResult>] = []
        let search = try evaluate(try searchSetups(), what: "readings", into: &ignored)
        return Self.jobsFor(try confirmationSetups(Self.favourites(search)), profile: profile).map(Self.job)
    }

    /// The result and the cache entries it read (for provenance).
    public func compute() throws -> (result: ReadingsResult, entries: [CacheEntry<RunResult>]) {
        var all: [CacheEntry<RunResult>] = []
        let evaluations = try evaluate(try searchSetups(), what: "readings", into: &all)
        let favourites = Self.favourites(evaluations)
        let confirmations = try evaluate(try confirmationSetups(favourites), what: "readings (confirmation)", into: &all)
        let analyses = MapClaims.specs.map { spec in
            ReadingsResult.ClaimAnalysis(
                claimID: spec.id, scope: spec.scope, primaryLabel: spec.primaryLabel,
                relevantFactors: map.relevantFactors(spec.scope),
                effects: EffectAnalysis.estimate(map, scope: spec.scope,
                                                 responses: evaluations.map { $0.primary[spec.id] ?? [] }),
                favourableID: favourites[spec.id]?.id)
        }
        return (ReadingsResult(design: map, evaluations: evaluations, analyses: analyses, confirmations: confirmations), all)
    }

    func searchSetups() throws -> [ReadingRuns] {
        try Self.setups(map.readings, profile: profile, base: base, firstSeed: 1, seeds: map.searchSeeds)
    }

    /// Each claim's favourable reading (`ReadingSearch`) on the fresh seeds n+1…2n.
    func confirmationSetups(_ favourites: [ClaimID: Reading]) throws -> [ReadingRuns] {
        try Self.setups(ReadingSearch.confirmationReadings(favourites, order: map.readings), profile: profile, base: base,
                               firstSeed: map.confirmationFirstSeed, seeds: map.searchSeeds)
    }

    /// Each map claim's favourable reading on the search (`ReadingSearch`).
    static func favourites(_ search: [ReadingEvaluation]) -> [ClaimID: Reading] {
        ReadingSearch.favourites(search, claims: MapClaims.specs.map(\.id))
    }

    /// The confirmation's runs of a computed map (its confirmed readings on the fresh seeds), known
    /// from the result alone: no cache read. `base` is the report's base, as for `init`.
    public static func confirmationRuns(_ r: ReadingsResult, profile: ReportProfile, base: EngineConfig) throws -> [RunSpec] {
        let map = MapDesign.forProfile(profile)
        return jobsFor(try setups(r.confirmations.map(\.reading), profile: profile, base: mapBase(profile: profile, base: base),
                                  firstSeed: map.confirmationFirstSeed, seeds: map.searchSeeds), profile: profile).map(\.spec)
    }

    public static func job(_ planned: (spec: RunSpec, identity: String)) -> CachedRunner.Job<RunSpec, RunResult> {
        .init(spec: planned.spec, identity: planned.identity) { ContrastiveRun.run(config: $0.config, seed: $0.seed) }
    }

    func evaluate(_ setups: [ReadingRuns], what: String, into all: inout [CacheEntry<RunResult>]) throws -> [ReadingEvaluation] {
        let outcome = try runner.run(Self.jobsFor(setups, profile: profile).map(Self.job), what: what)
        var byKey: [String: CacheEntry<RunResult>] = [:]
        for e in outcome.entries { byKey[e.key] = e }
        all += outcome.entries
        return setups.map { s in
            var runs: [ReadingRuns.Role: [RunResult]] = [:]
            for role in ReadingRuns.Role.allCases { runs[role] = s.specs(role).map { byKey[ResultCache.key($0)]!.result } }
            return ReadingEvaluation(runs: s, data: MapClaims.Data(runs: runs, dominance: base.stage3Dominance))
        }
    }
}
