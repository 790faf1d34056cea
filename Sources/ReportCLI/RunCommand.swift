import ArgumentParser
import Experiments
import Foundation
import LinearAlgebra
import RunCache

/// `clreport run --shard I/N [--phase main|confirmation]`: computes shard I of N of a report's runs
/// (of one phase, `ReportWorkload.Phase`) into the cache and renders nothing. Shards come from a
/// cost-balanced LPT assignment over the plan order (`ShardPlanner`),
/// so every shard of every task agrees without talking to the others.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compute one shard of a report's runs into the cache (no rendering).")

    @OptionGroup var options: ReportOptions
    @Option(help: "Shard I of N (1 ≤ I ≤ N), e.g. 2/4.") var shard: String
    @Option(help: "Which runs: `main` (everything known up front: figures, the map's search, long-tail) or `confirmation` (the map's favourable readings on fresh seeds; needs the main phase cached).")
    var phase: ReportWorkload.Phase = .main
    @Option(help: "`clreport bench --json` output to calibrate costs (default: Benchmarks/baseline.json if present).")
    var calibration: String?

    func validate() throws { _ = try ShardSpec(parsing: shard) }

    func run() throws {
        let spec = try ShardSpec(parsing: shard)
        // The report's preflight: an unusable --cache fails here, before any run.
        _ = try options.preflight(outputFolder: nil, templates: false)
        let workload = try ReportWorkload(options: options, model: try CostCalibration.model(calibration), phase: phase)
        let shardOf = ShardPlanner.assign(costs: workload.items.map(\.cost), shards: spec.count)
        let mine = workload.items.indices.filter { shardOf[$0] == spec.index - 1 }.map { workload.items[$0] }
        let todo = mine.filter { $0.missReason(in: workload.cache) != nil }
        let progress = ProgressLine(total: todo.count, quiet: options.quiet)
        progress.log("\(phase.rawValue) phase, shard \(spec.description): \(mine.count) runs (estimated \(PlanCommand.duration(mine.map(\.cost).reduce(0, +)))), \(mine.count - todo.count) cached, \(todo.count) to run")
        // The report's rule: the first failed run (e.g. a store on a full disk) stops the shard, and
        // its typed error gives the exit status (ExitStatus: a full disk is 74).
        try WorkItemPool.compute(todo, into: workload.cache, jobs: options.parallel.jobs) { progress.advance("ran \($0.identity)") }
    }
}
