import ArgumentParser
import Experiments
import Foundation
import LinearAlgebra

/// `clreport run --shard I/N`: computes shard I of N of a report's runs into the cache and renders
/// nothing. Shards come from a cost-balanced LPT assignment over the plan order (`ShardPlanner`),
/// so every shard of every task agrees without talking to the others.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compute one shard of a report's runs into the cache (no rendering).")

    @OptionGroup var options: ReportOptions
    @Option(help: "Shard I of N (1 ≤ I ≤ N), e.g. 2/4.") var shard: String
    @Option(help: "`clreport bench --json` output to calibrate costs (default: Benchmarks/baseline.json if present).")
    var calibration: String?

    func run() throws {
        let spec = try ShardSpec(parsing: shard)
        guard options.jobs >= 1 else { throw CLIError("--jobs must be at least 1, got \(options.jobs)") }
        let workload = try ReportWorkload(options: options, model: try CostCalibration.model(calibration))
        let shardOf = ShardPlanner.assign(costs: workload.items.map(\.cost), shards: spec.count)
        let mine = workload.items.indices.filter { shardOf[$0] == spec.index - 1 }.map { workload.items[$0] }
        let todo = mine.filter { $0.missReason(in: workload.cache) != nil }
        let progress = ProgressLine(total: todo.count, quiet: options.quiet)
        progress.log("shard \(spec.description): \(mine.count) runs (estimated \(PlanCommand.duration(mine.map(\.cost).reduce(0, +)))), \(mine.count - todo.count) cached, \(todo.count) to run")
        let cache = workload.cache
        BLAS.setThreads(1)
        let failures = JobPool.map(count: todo.count, jobs: options.jobs) { i -> String? in
            do {
                try todo[i].compute(into: cache)
                progress.advance("ran \(todo[i].identity)")
                return nil
            } catch {
                return "\(todo[i].identity): \(error)"
            }
        }.compactMap { $0 }
        if !failures.isEmpty {
            throw CLIError("shard \(spec.description): \(failures.count) of \(todo.count) runs failed:\n  " + failures.joined(separator: "\n  "), code: 1)
        }
    }
}
