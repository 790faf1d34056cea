import ArgumentParser
import Experiments
import Foundation
import Learning
import Markup
import Reporting
import RunCache

/// `clreport bench`: SGEMM peak, training-step speed per preset, memory, whole-run time.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the training step against this machine's single-thread SGEMM peak.",
        discussion: """
            A whole seed run is timed for quick and default unless --steps is given or --no-run is set; \
            paper's (minutes long) only with --paper-run. The report-render row times a default-profile \
            report from the warm result cache of --cache.
            """)

    @Option(help: "Only this preset (quick, default or paper); default: all three.") var preset: Preset?
    @Option(help: "Timed steps per repeat (default: 400 quick, 100 default, 16 paper).") var steps: Int?
    @Option(help: "Timed repeats per preset (the median is reported).") var repeats: Int = 5
    @Flag(help: "Also time one whole paper-preset run.") var paperRun = false
    @Flag(help: "Do not time whole runs.") var noRun = false
    @Flag(help: "Time the fresh-batch step of every preset (default: of the default preset only).") var fresh = false
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Flag(help: "Do not measure the conv encoder (the conv row).") var noConv = false
    @OptionGroup var resultCache: CacheOptions
    @OptionGroup var templateFolder: TemplateOptions

    func validate() throws {
        if let steps { try CountLimit.benchSteps.validate(steps) }
        try CountLimit.repeats.validate(repeats)
    }

    func run() throws {
        var bench = Benchmark(presets: preset.map { [$0] } ?? Preset.allCases, steps: steps,
                              includePaperRun: paperRun, skipRuns: noRun)
        bench.repeats = repeats
        bench.freshAll = fresh
        bench.conv = !noConv
        var report = bench.measure { FileHandle.standardError.write(Data("bench: \($0)\n".utf8)) }
        report.reportRender = timeWarmRender()
        print(json ? try report.jsonString() : report.table)
    }
}

extension BenchCommand {
    /// Times `clreport report` (default profile) from the warm cache: load every run, aggregate,
    /// check claims, render and write the page into a temporary folder. Best of 3.
    func timeWarmRender() -> String {
        do {
            let profile = ReportProfile.default
            let request = ReportRequest(
                profile: profile, base: profile.reportBase,
                longTail: .init(dataset: DataOptions.defaultDataset, dataDirectory: nil),
                cache: .init(directory: resultCache.cache, jobs: JobPool.defaultJobs, offline: true, quiet: true))
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("clreport-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: tmp) }
            var best = Double.infinity
            for _ in 0..<3 {
                let t0 = Date()
                try ReportBuilder.build(try request.results(), templates: try templateFolder.templateSet()).write(to: tmp.path)
                best = min(best, Date().timeIntervalSince(t0))
            }
            return "\(NumberFormat.format(best, decimals: 3)) s (default profile, best of 3, from cache \(resultCache.cache))"
        } catch {
            return "not measured: no complete warm default-profile cache at \(resultCache.cache) (run `make report` first)"
        }
    }
}

extension BenchmarkReport {
    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
