import Learning

/// Runs the robustness part of a report, in three cached phases: (1) the declared readings on the
/// search seeds 1…n; (2) the combination `ReadingSearch` proposes, on the same seeds; (3) the most
/// favourable reading on fresh seeds n+1…2n. Each phase depends only on cached results, so the
/// outcome is the same for any `--jobs` and a re-render from the cache repeats it exactly.
public struct ReadingsComputation {
    public let profile: ReportProfile
    public let base: EngineConfig
    public let runner: CachedRunner

    public init(profile: ReportProfile, base: EngineConfig, runner: CachedRunner) {
        self.profile = profile; self.base = base; self.runner = runner
    }

    /// The result and the cache entries it read (for provenance).
    public func compute() throws -> (result: ReadingsResult, entries: [CacheEntry<RunResult>]) {
        var all: [CacheEntry<RunResult>] = []
        let n = profile.readingSeeds
        let declared = try Reading.declared.map { try ReadingSetup(reading: $0, profile: profile, base: base, firstSeed: 1, seeds: n) }
        var evaluations = try evaluate(declared, what: "readings", into: &all)
        if let combo = ReadingSearch.combination(evaluations) {
            let setup = try ReadingSetup(reading: combo, profile: profile, base: base, firstSeed: 1, seeds: n)
            evaluations += try evaluate([setup], what: "readings (search)", into: &all)
        }
        let best = ReadingSearch.favourite(evaluations)
        let confirmSetup = try ReadingSetup(reading: best.reading, profile: profile, base: base, firstSeed: n + 1, seeds: n)
        let confirmation = try evaluate([confirmSetup], what: "readings (confirmation)", into: &all)[0]
        return (ReadingsResult(choices: ReadingChoice.all, evaluations: evaluations, favourableID: best.reading.id,
                               confirmation: confirmation), all)
    }

    func evaluate(_ setups: [ReadingSetup], what: String, into all: inout [CacheEntry<RunResult>]) throws -> [ReadingEvaluation] {
        var seen = Set<RunSpec>(), jobs: [CachedRunner.Job<RunSpec, RunResult>] = []
        for s in setups { for sweep in s.sweeps { for (i, spec) in s.runs(sweep).enumerated() where seen.insert(spec).inserted {
            let point = sweep.points[i / s.seeds]
            jobs.append(.init(spec: spec, identity: "\(profile.rawValue)/reading=\(s.reading.id)/\(sweep.id.rawValue)/\(point.series)/x=\(ReportPlan.label(point.x))/seed=\(spec.seed)") {
                ContrastiveRun.run(config: $0.config, seed: $0.seed)
            })
        } } }
        let outcome = try runner.run(jobs, what: what)
        var byKey: [String: CacheEntry<RunResult>] = [:]
        for e in outcome.entries { byKey[e.key] = e }
        all += outcome.entries
        return setups.map { s in
            let sweeps = s.sweeps.map { sweep in Aggregation.aggregate(sweep, entries: s.runs(sweep).map { byKey[ResultCache.key($0)]! }) }
            return ReadingEvaluation(setup: s, profile: profile, base: base, sweeps: sweeps)
        }
    }
}
