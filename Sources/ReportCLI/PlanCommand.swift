import ArgumentParser
import Foundation
import RunCache

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

    struct Row: Encodable { var identity: String; var key: String; var cached: Bool; var seconds: Double; var phase: String }
    struct Estimate: Encodable {
        var workers: Int; var wallSeconds: Double; var remainingWallSeconds: Double
        /// Of which the confirmation phase (it starts when the main phase has finished).
        var confirmationWallSeconds: Double
    }
    /// The map's confirmation phase: its runs when the search is cached (`exact`), else a bound.
    struct Confirmation: Encodable { var exact: Bool; var runs: Int; var seconds: Double }
    struct Output: Encodable {
        var profile: String; var calibration: String; var runs: [Row]
        var totalSeconds: Double; var remainingSeconds: Double; var confirmation: Confirmation?; var estimates: [Estimate]
    }

    func validate() throws { for w in workers { try CountLimit.workers.validate(w) } }

    func run() throws {
        let counts = workers.isEmpty ? [options.parallel.jobs] : workers
        let model = try CostCalibration.model(calibration)
        let main = try ReportWorkload(options: options, model: model)
        func rows(_ w: ReportWorkload, _ phase: ReportWorkload.Phase) -> [Row] {
            w.items.map { Row(identity: $0.identity, key: $0.key, cached: $0.missReason(in: w.cache) == nil, seconds: $0.cost, phase: phase.rawValue) }
        }
        let mainRows = rows(main, .main)
        var confirmationRows: [Row] = []
        var confirmation: Confirmation?
        if let bound = main.confirmationBound {
            // Exact once the search is in the cache; until then the most it can be.
            if let phase2 = try? ReportWorkload(options: options, model: model, phase: .confirmation) {
                confirmationRows = rows(phase2, .confirmation)
                confirmation = Confirmation(exact: true, runs: confirmationRows.count, seconds: confirmationRows.map(\.seconds).reduce(0, +))
            } else {
                confirmation = Confirmation(exact: false, runs: bound.runs, seconds: Double(bound.runs) * bound.seconds)
            }
        }
        let all = mainRows + confirmationRows
        func phase2Costs(remaining: Bool) -> [Double] {
            guard let confirmation else { return [] }
            guard confirmation.exact else { return Array(repeating: confirmation.seconds / Double(max(confirmation.runs, 1)), count: confirmation.runs) }
            return confirmationRows.filter { !remaining || !$0.cached }.map(\.seconds)
        }
        func wall(_ workers: Int, remaining: Bool) -> (Double, Double) {
            let phase1 = ShardPlanner.makespan(costs: mainRows.filter { !remaining || !$0.cached }.map(\.seconds), workers: workers)
            let phase2 = ShardPlanner.makespan(costs: phase2Costs(remaining: remaining), workers: workers)
            return (phase1 + phase2, phase2)
        }
        let bounded = confirmation.map { $0.exact ? 0 : $0.seconds } ?? 0
        let out = Output(profile: options.profile.rawValue, calibration: model.source, runs: all,
                         totalSeconds: all.map(\.seconds).reduce(0, +) + bounded,
                         remainingSeconds: all.filter { !$0.cached }.map(\.seconds).reduce(0, +) + bounded,
                         confirmation: confirmation,
                         estimates: counts.map { n in
                             let remaining = wall(n, remaining: true)
                             return Estimate(workers: n, wallSeconds: wall(n, remaining: false).0, remainingWallSeconds: remaining.0,
                                             confirmationWallSeconds: remaining.1)
                         })
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try e.encode(out), as: UTF8.self))
            return
        }
        print("key                               cached  est. s     run")
        for r in all {
            print("\(r.key)  \(r.cached ? "yes   " : "no    ")  \(Self.pad(Self.seconds(r.seconds), 9))  \(r.identity)\(r.phase == "main" ? "" : " (confirmation)")")
        }
        let cached = all.filter(\.cached).count
        print("total: \(all.count) runs, \(cached) cached; estimated \(Self.duration(out.totalSeconds)) on one core, \(Self.duration(out.remainingSeconds)) still to compute (calibration: \(model.source))")
        if let c = confirmation, !c.exact {
            print("of which the robustness map's confirmation (its favourable readings on fresh seeds, chosen once the search is cached; `run --phase confirmation`): at most \(c.runs) runs, at most \(Self.duration(c.seconds)) on one core")
        }
        for e in out.estimates {
            print("estimated wall time on \(e.workers) worker\(e.workers == 1 ? "" : "s"): \(Self.duration(e.wallSeconds)) for all runs, \(Self.duration(e.remainingWallSeconds)) for the uncached ones"
                  + (confirmation == nil ? "" : " (of which \(Self.duration(e.confirmationWallSeconds)) the confirmation phase, after the main phase)"))
        }
    }

    static func seconds(_ s: Double) -> String { String(format: s < 10 ? "%.3f" : "%.1f", s) }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }

    /// "42.0 s", "12.5 min", "3.2 h".
    static func duration(_ s: Double) -> String {
        s < 120 ? String(format: "%.1f s", s) : s < 7200 ? String(format: "%.1f min", s / 60) : String(format: "%.1f h", s / 3600)
    }
}
