import Experiments
import Learning
import LinearAlgebra
import LongTail
import Markup
import Readings
import RunCache

/// Step 1–3 of the report's data flow: plan → cached runs → aggregated series → claim checks.
public struct ReportComputation {
    public let plan: ReportPlan
    public let runner: CachedRunner

    public init(plan: ReportPlan, runner: CachedRunner) {
        self.plan = plan; self.runner = runner
    }

    /// Jobs of the synthetic sweeps, one per distinct run, identified by where they first appear.
    public func syntheticJobs() -> [CachedRunner.Job<RunSpec, RunResult>] {
        var seen = Set<RunSpec>(), jobs: [CachedRunner.Job<RunSpec, RunResult>] = []
        for sweep in plan.sweeps { for point in sweep.points { for seed in 1...sweep.seeds {
            let spec = RunSpec(config: point.config, seed: UInt64(seed))
            guard seen.insert(spec).inserted else { continue }
            jobs.append(.init(spec: spec, identity: "\(plan.profile.rawValue)/\(sweep.id.rawValue)/\(point.series)/x=\(NumberFormat.label(point.x))/seed=\(seed)") {
                ContrastiveRun.run(config: $0.config, seed: $0.seed)
            })
        } } }
        return jobs
    }

    /// The robustness map's search runs (every reading of the declared design on the search seeds),
    /// less those `syntheticJobs` already has: known up front, so `plan`, `run --shard` and Slurm
    /// include them. Only the favourable readings' confirmation depends on results.
    public func mapJobs() throws -> [CachedRunner.Job<RunSpec, RunResult>] {
        let known = Set(syntheticJobs().map(\.spec))
        return try ReadingsComputation.plannedRuns(profile: plan.profile, base: plan.base).filter { !known.contains($0.spec) }
            .map(ReadingsComputation.job)
    }

    /// The robustness map's confirmation runs (each claim's favourable reading on fresh seeds),
    /// chosen from the search runs in the cache — every one must be there (else exit 66 naming the
    /// missing runs) — less those the figures or the search already have.
    public func confirmationJobs() throws -> [CachedRunner.Job<RunSpec, RunResult>] {
        let known = Set(syntheticJobs().map(\.spec)).union(try ReadingsComputation.plannedRuns(profile: plan.profile, base: plan.base).map(\.spec))
        let offline = CachedRunner(cache: runner.cache, jobs: 1, offline: true, quiet: true)
        do {
            return try ReadingsComputation(profile: plan.profile, base: plan.base, runner: offline).confirmationJobs()
                .filter { !known.contains($0.spec) }
        } catch let e as ExperimentError where e.exitCode == 66 {
            throw ExperimentError("the confirmation phase chooses its readings from the robustness map's search runs, "
                                  + "and not all of them are in the cache yet: run the main phase first (`clreport run --shard I/N`).\n"
                                  + e.description, exitCode: 66)
        }
    }

    /// Runs (or loads) everything and assembles the results. `longTail` is the real-data part (nil
    /// to leave it out); `gitCommit` is the provenance commit, gathered by the caller.
    /// `readings` adds the robustness map's runs (`ReadingsComputation`).
    public func compute(longTail: LongTailReport? = nil, readings: Bool = true, gitCommit: String) throws -> ReportResults {
        let jobs = syntheticJobs()
        let outcome = try runner.run(jobs, what: "synthetic")
        var byKey: [String: CacheEntry<RunResult>] = [:]
        for e in outcome.entries { byKey[e.key] = e }
        func entries(_ sweep: Sweep) -> [CacheEntry<RunResult>] {
            sweep.runs.map { byKey[ResultCache.key($0)]! }
        }
        let sweeps = plan.sweeps.filter { $0.id != .trajectory }.map { Aggregation.aggregate($0, entries: entries($0)) }
        let trajectories = plan.sweep(.trajectory).map(entries)?.map { NeuronTrajectorySet($0.result) } ?? []
        var claims = plan.claims(sweeps: sweeps, trajectories: trajectories)
        var keys = outcome.entries.map(\.key)
        var readingsResult: ReadingsResult?
        if readings {
            let r = try ReadingsComputation(profile: plan.profile, base: plan.base, runner: runner).compute()
            readingsResult = r.result
            var known = Set(keys)
            for e in r.entries where known.insert(e.key).inserted { keys.append(e.key) }
        }
        var table: LongTailTable?
        if let longTail {
            let lt = try longTail.compute(runner)
            table = lt.table; claims += lt.claims; keys += lt.cacheKeys
        }
        let provenance = Provenance(
            tool: "clreport \(ReportComputation.toolVersion)", gitCommit: gitCommit,
            swiftVersion: ReportComputation.swiftVersion, blas: "\(BLAS.configString) (core \(BLAS.coreName): \(BLASCoreChoice.reason))",
            profile: plan.profile.rawValue, runs: keys.count,
            cacheDigest: StableHash.hex(keys.sorted().joined(separator: ",")))
        return ReportResults(plan: plan, sweeps: sweeps, trajectories: trajectories, longTail: table,
                             claims: claims, readings: readingsResult, provenance: provenance)
    }

    public static let toolVersion = "0.1.0"

    public static var swiftVersion: String {
        #if compiler(>=6.3)
        "Swift 6.3 or later"
        #elseif compiler(>=6.0)
        "Swift 6.x"
        #else
        "Swift 5.x"
        #endif
    }
}
