import ArgumentParser
import Experiments
import Foundation

/// `clreport plan`: every run a report needs, with cache key, estimated cost and cache state, and the
/// estimated wall time on N workers (LPT makespan).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List every run a report needs: cache key, estimated cost, whether cached; estimated wall time on N workers.")

    @OptionGroup var options: ReportOptions
    @Option(help: "`clreport bench --json` output to calibrate costs (default: Benchmarks/baseline.json if present).")
    var calibration: String?
    @Option(help: "Workers for the wall-time estimate (repeatable; default: --jobs).") var workers: [Int] = []
    @Flag(help: "Print JSON instead of a table.") var json = false

    struct Row: Encodable { var identity: String; var key: String; var cached: Bool; var seconds: Double }
    struct Estimate: Encodable { var workers: Int; var wallSeconds: Double; var remainingWallSeconds: Double }
    struct Output: Encodable {
        var profile: String; var calibration: String; var runs: [Row]
        var totalSeconds: Double; var remainingSeconds: Double; var estimates: [Estimate]
    }

    func validate() throws { for w in workers { try CountLimit.workers.validate(w) } }

    func run() throws {
        let counts = workers.isEmpty ? [options.jobs] : workers
        let model = try CostCalibration.model(calibration)
        let workload = try ReportWorkload(options: options, model: model)
        let rows = workload.items.map { Row(identity: $0.identity, key: $0.key, cached: $0.missReason(in: workload.cache) == nil, seconds: $0.cost) }
        let costs = rows.map(\.seconds), remaining = rows.filter { !$0.cached }.map(\.seconds)
        let out = Output(profile: options.profile.rawValue, calibration: model.source, runs: rows,
                         totalSeconds: costs.reduce(0, +), remainingSeconds: remaining.reduce(0, +),
                         estimates: counts.map { Estimate(workers: $0, wallSeconds: ShardPlanner.makespan(costs: costs, workers: $0),
                                                          remainingWallSeconds: ShardPlanner.makespan(costs: remaining, workers: $0)) })
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try e.encode(out), as: UTF8.self))
            return
        }
        print("key                               cached  est. s     run")
        for r in rows {
            print("\(r.key)  \(r.cached ? "yes   " : "no    ")  \(Self.pad(Self.seconds(r.seconds), 9))  \(r.identity)")
        }
        print("total: \(rows.count) runs, \(rows.count - remaining.count) cached; estimated \(Self.duration(out.totalSeconds)) on one core, \(Self.duration(out.remainingSeconds)) still to compute (calibration: \(model.source))")
        for e in out.estimates {
            print("estimated wall time on \(e.workers) worker\(e.workers == 1 ? "" : "s"): \(Self.duration(e.wallSeconds)) for all runs, \(Self.duration(e.remainingWallSeconds)) for the uncached ones")
        }
    }

    static func seconds(_ s: Double) -> String { String(format: s < 10 ? "%.3f" : "%.1f", s) }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }

    /// "42.0 s", "12.5 min", "3.2 h".
    static func duration(_ s: Double) -> String {
        s < 120 ? String(format: "%.1f s", s) : s < 7200 ? String(format: "%.1f min", s / 60) : String(format: "%.1f h", s / 3600)
    }
}
