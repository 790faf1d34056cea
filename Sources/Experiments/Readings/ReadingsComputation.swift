import Learning

/// Runs the robustness map in two cached phases: (1) every reading of the declared design on the
/// search seeds 1…n (known up front: `plannedRuns` gives them to `plan`, `run --shard` and Slurm);
/// (2) each claim's favourable reading on fresh seeds n+1…2n. Each phase depends only on cached
/// results, so the outcome is the same for any `--jobs` and a re-render from the cache repeats it.
public struct ReadingsComputation {
    public let profile: ReportProfile
    public let base: EngineConfig
    public let runner: CachedRunner
    public let map: MapDesign

    public init(profile: ReportProfile, base: EngineConfig, runner: CachedRunner) {
        self.profile = profile; self.base = base; self.runner = runner; map = MapDesign.forProfile(profile)
    }

    /// The search phase's runs (every reading × role × seed), deduplicated, with their identities.
    public static func plannedRuns(profile: ReportProfile, base: EngineConfig) throws -> [(spec: RunSpec, identity: String)] {
        let map = MapDesign.forProfile(profile)
        let setups = try map.readings.map { try ReadingRuns(reading: $0, profile: profile, base: base, firstSeed: 1, seeds: map.searchSeeds) }
        return jobsFor(setups, profile: profile)
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

    /// The result and the cache entries it read (for provenance).
    public func compute() throws -> (result: ReadingsResult, entries: [CacheEntry<RunResult>]) {
        var all: [CacheEntry<RunResult>] = []
        let readings = map.readings
        let search = try readings.map { try ReadingRuns(reading: $0, profile: profile, base: base, firstSeed: 1, seeds: map.searchSeeds) }
        let evaluations = try evaluate(search, what: "readings", into: &all)
        let claimIDs = MapClaims.specs.map(\.id)
        let favourites = ReadingSearch.favourites(evaluations, claims: claimIDs)
        let confirm = try ReadingSearch.confirmationReadings(favourites, order: readings).map {
            try ReadingRuns(reading: $0, profile: profile, base: base, firstSeed: map.confirmationFirstSeed, seeds: map.searchSeeds)
        }
        let confirmations = try evaluate(confirm, what: "readings (confirmation)", into: &all)
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

    func evaluate(_ setups: [ReadingRuns], what: String, into all: inout [CacheEntry<RunResult>]) throws -> [ReadingEvaluation] {
        let jobs = Self.jobsFor(setups, profile: profile).map { job in
            CachedRunner.Job<RunSpec, RunResult>(spec: job.spec, identity: job.identity) {
                ContrastiveRun.run(config: $0.config, seed: $0.seed)
            }
        }
        let outcome = try runner.run(jobs, what: what)
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
