import ArgumentParser
import Foundation
import Learning

/// `clreport bench`: SGEMM peak, training-step speed per preset, memory, whole-run time.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the training step against this machine's single-thread SGEMM peak.",
        discussion: """
            A whole seed run is timed for quick and default unless --steps is given or --no-run is set; \
            paper's (minutes long) only with --paper-run.
            """)

    @Option(help: "Only this preset (quick, default or paper); default: all three.") var preset: Preset?
    @Option(help: "Timed steps per repeat (default: 400 quick, 100 default, 16 paper).") var steps: Int?
    @Option(help: "Timed repeats per preset (the median is reported).") var repeats: Int = 5
    @Flag(help: "Also time one whole paper-preset run.") var paperRun = false
    @Flag(help: "Do not time whole runs.") var noRun = false
    @Flag(help: "Print JSON instead of a table.") var json = false

    func validate() throws {
        guard steps.map({ $0 >= 1 }) ?? true else { throw ValidationError("--steps must be at least 1") }
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        var bench = Benchmark(presets: preset.map { [$0] } ?? Preset.allCases, steps: steps,
                              includePaperRun: paperRun, skipRuns: noRun)
        bench.repeats = repeats
        let report = bench.measure { FileHandle.standardError.write(Data("bench: \($0)\n".utf8)) }
        print(json ? try report.jsonString() : report.table)
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
