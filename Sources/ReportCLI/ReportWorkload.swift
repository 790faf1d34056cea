import Experiments
import Foundation
import Learning

/// The one adapter between the report and the cluster commands (`plan`, `run --shard`, `slurm`):
/// every run a report needs — synthetic `RunSpec`s, then long-tail runs and baselines — as
/// type-erased `RunWorkItem`s in plan order, with cache keys and estimated costs. Nothing else in
/// the cluster code knows what a run is; when the plan's shape changes, only this file changes.
struct ReportWorkload {
    var items: [RunWorkItem]
    var cache: ResultCache

    /// The runs `request` would compute, costed by `model`.
    init(request: ReportRequest, model: RunCostModel) throws {
        cache = ResultCache(directory: request.cache.directory)
        let computation = ReportComputation(plan: ReportPlan(profile: request.profile, base: request.base),
                                            runner: CachedRunner(cache: cache, jobs: 1, quiet: true))
        items = computation.syntheticJobs().map { RunWorkItem($0, cost: model.seconds($0.spec.config)) }
        if request.readings {
            do {
                items += try computation.mapJobs().map { RunWorkItem($0, cost: model.seconds($0.spec.config)) }
            } catch let e as ConfigError { throw CLIError(e.description) }
        }
        if let lt = request.longTail {
            let longTail = LongTailReport(profile: request.profile, dataset: lt.dataset, dataDirectory: lt.dataDirectory)
            do {
                items += try longTail.runJobs().map { RunWorkItem($0, cost: model.seconds($0.spec.engine)) }
                items += try longTail.baselineJobs().map { RunWorkItem($0, cost: model.seconds($0.spec.engine)) }
            } catch let e as ConfigError { throw CLIError(e.description) }
        }
    }

    /// The runs the command-line `options` describe.
    init(options: ReportOptions, model: RunCostModel) throws {
        try self.init(request: try options.request(), model: model)
    }
}

extension LongTailReport.Spec { var engine: EngineConfig { config.engine } }

extension LongTailReport.BaselineSpec {
    /// The untrained encoder trains one step; the raw-pixel probe trains none.
    var engine: EngineConfig {
        var e = config.engine
        e.steps = kind == .untrainedEncoder ? 1 : 0
        return e
    }
}
