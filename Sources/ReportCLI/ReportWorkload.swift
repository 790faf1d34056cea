import ArgumentParser
import Experiments
import Foundation
import Learning
import Readings
import Results
import RunCache

/// The one adapter between the report and the cluster commands (`plan`, `run --shard`, `slurm`):
/// every run a report needs — synthetic `RunSpec`s, then long-tail runs and baselines — as
/// type-erased `RunWorkItem`s in plan order, with cache keys and estimated costs. Nothing else in
/// the cluster code knows what a run is; when the plan's shape changes, only this file changes.
struct ReportWorkload {
    /// The two phases of a report's runs. `main`: every run known before anything runs (the figures'
    /// sweeps, the robustness map's search, the long-tail runs). `confirmation`: the map's favourable
    /// readings on fresh seeds, chosen from the search's cached results (Slurm's second, `afterok` array).
    enum Phase: String, CaseIterable, ExpressibleByArgument { case main, confirmation }

    var items: [RunWorkItem]
    var cache: ResultCache
    /// Main phase with the map: the most runs the confirmation phase can have and the largest cost
    /// of one map run (the confirmation's runs are map runs on other seeds), for `plan` before the
    /// search is cached.
    var confirmationBound: (runs: Int, seconds: Double)?

    /// The runs `request` would compute in `phase`, costed by `model`.
    init(request: ReportRequest, model: RunCostModel, phase: Phase = .main) throws {
        cache = ResultCache(directory: request.cache.directory)
        let computation = ReportComputation(plan: ReportPlan(profile: request.profile, base: request.base),
                                            runner: CachedRunner(cache: cache, jobs: 1, quiet: true))
        func costed(_ jobs: [CachedRunner.Job<RunSpec, RunResult>]) -> [RunWorkItem] {
            jobs.map { RunWorkItem($0, cost: model.seconds($0.spec.config)) }
        }
        switch phase {
        case .confirmation:
            items = []
            guard request.readings else { return }
            do { items = costed(try computation.confirmationJobs()) } catch let e as ConfigError { throw CLIError(e.description) }
        case .main:
            items = costed(computation.syntheticJobs())
            if request.readings {
                do {
                    items += costed(try computation.mapJobs())
                    let mapCosts = try ReadingsComputation.plannedRuns(profile: request.profile, base: request.base).map { model.seconds($0.spec.config) }
                    confirmationBound = (runs: ReadingsComputation.confirmationRunBound(profile: request.profile), seconds: mapCosts.max() ?? 0)
                } catch let e as ConfigError { throw CLIError(e.description) }
            }
            if let lt = request.longTail {
                let longTail = LongTailReport(profile: request.profile, dataset: lt.dataset, dataDirectory: lt.dataDirectory)
                do {
                    items += try longTail.runJobs().map { RunWorkItem($0, cost: LongTailRunCost.seconds($0.spec.config, model: model)) }
                    items += try longTail.baselineJobs().map {
                        RunWorkItem($0, cost: LongTailRunCost.seconds($0.spec.config, baseline: $0.spec.kind, model: model))
                    }
                } catch let e as ConfigError { throw CLIError(e.description) }
            }
        }
    }

    /// The runs the command-line `options` describe.
    init(options: ReportOptions, model: RunCostModel, phase: Phase = .main) throws {
        try self.init(request: try options.request(), model: model, phase: phase)
    }
}
