import Datasets
import Experiments
import Learning
import Readings
import Results
import RunCache

/// Everything that decides a report's numbers, as one value: built from the command line by
/// `ReportOptions`, or by `verify` directly from a stored `results.json`.
struct ReportRequest {
    /// The real long-tailed part: which dataset, and where its files are.
    struct LongTail {
        var dataset: DatasetName
        var dataDirectory: String?
    }

    /// Where results are cached and how runs are scheduled (never part of the numbers).
    struct CacheSettings {
        var directory: String
        var jobs: Int
        /// Render only from the cache: a miss is an error listing the missing runs.
        var offline: Bool
        var quiet: Bool
    }

    var profile: ReportProfile
    /// The synthetic base configuration (the profile's preset with any `--set` overrides).
    var base: EngineConfig
    /// nil leaves the long-tail section out.
    var longTail: LongTail?
    /// Whether the robustness map's readings run (`--no-readings` leaves them out).
    var readings = true
    var cache: CacheSettings

    /// The request that re-renders `stored` from `cache` (`clreport verify`), without re-parsing anything.
    init(reproducing stored: ReportResults, cache: CacheSettings, dataDirectory: String?) {
        profile = stored.profile
        base = stored.plan.base
        longTail = stored.longTail.map { LongTail(dataset: $0.dataset, dataDirectory: dataDirectory) }
        readings = stored.readings != nil
        self.cache = cache
    }

    init(profile: ReportProfile, base: EngineConfig, longTail: LongTail?, cache: CacheSettings) {
        self.profile = profile; self.base = base; self.longTail = longTail; self.cache = cache
    }

    /// Computes (or loads) the results. Provenance (the git commit) is gathered here, in the CLI layer.
    func results() throws -> ReportResults {
        guard cache.jobs >= 1 else { throw CLIError("--jobs must be at least 1, got \(cache.jobs)") }
        let runner = CachedRunner(cache: ResultCache(directory: cache.directory), jobs: cache.jobs,
                                  offline: cache.offline, quiet: cache.quiet)
        let computation = ReportComputation(plan: ReportPlan(profile: profile, base: base), runner: runner)
        let longTailReport = longTail.map { LongTailReport(profile: profile, dataset: $0.dataset, dataDirectory: $0.dataDirectory) }
        // Typed errors go up to `ClReport.runMain`, which maps them to sysexits codes.
        var results = try computation.compute(longTail: longTailReport, readings: readings, gitCommit: GitProvenance.commit())
        results.provenance.commitDate = GitProvenance.commitDate()
        if let model = try? CostCalibration.model(nil), let main = try? ReportWorkload(request: self, model: model) {
            // The confirmation's runs come from the computed map itself (no second read of the cache).
            let known = Set(main.items.map(\.key))
            let confirmation = (try? results.readings.map { try ReadingsComputation.confirmationRuns($0, profile: profile, base: base) }) ?? nil
            let extra = (confirmation ?? []).filter { !known.contains(ResultCache.key($0)) }.map { model.seconds($0.config) }
            results.provenance.modelledCPUHours = (main.items.map(\.cost) + extra).reduce(0, +) / 3600
            results.provenance.costCalibration = model.source
        }
        return results
    }
}
