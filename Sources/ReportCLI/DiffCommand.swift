import ArgumentParser
import Foundation
import ReportDiff
import Reporting
import RunCache

/// `clreport diff A B`: compares two report runs.
///
/// Typical use: after `make report`, compare the fresh report with the committed reference:
///
///     clreport diff output/reference output/report
///
/// It prints the aggregated metrics that changed (`Metric | A | B | Δ | Δ%`, flagged SIGNIFICANT
/// when |Δ| > 2·√(SE_A² + SE_B²) with SE = std/√n, which needs ≥ 2 seeds on both sides), the
/// configuration keys that differ (old → new), claim verdicts that flipped (listed first), and
/// sweeps, points, metrics or figures that exist in only one run; `--all` also lists unchanged
/// metrics, `--format markdown|json` changes the output format. It also writes
/// `diff-output/index.html` (`--out DIR`), a self-contained page with the same tables and every
/// figure redrawn with A (faded, dashed) under B (solid). Exit status: 0 no significant change,
/// 1 a claim flipped, a metric moved beyond its seed spread or became NaN (or finite again; its
/// own section) (`--fail-on flip` counts flips only, `--fail-on never` always exits 0), 2 an input
/// (or the page) could not be read (written), including a `results.json` whose `resultsSchema`
/// is not the one this version reads. The long-tail table's rows and its reference points
/// (raw-pixel probe, untrained encoder) are compared like sweep points.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two report runs (metrics, configuration, claim verdicts, figures).",
        discussion: """
        A and B are report folders (containing results.json) or results.json files; A is the \
        reference, B the new run. Typical use: clreport diff output/reference output/report

        A metric change is SIGNIFICANT when |Δ| > 2·√(SE_A² + SE_B²), SE = std/√n (needs n ≥ 2 \
        seeds on both sides); a mean that became NaN (or finite) is significant too. Exit status: 0 no \
        significant change; 1 a claim verdict flipped or a metric changed significantly (see \
        --fail-on); 2 an input could not be read or has another resultsSchema.
        """)

    @Argument(help: ArgumentHelp("The reference run: a report folder or its results.json.", valueName: "A")) var a: String
    @Argument(help: ArgumentHelp("The new run: a report folder or its results.json.", valueName: "B")) var b: String
    @Option(help: ArgumentHelp("Folder for the HTML diff page (DIR/index.html).", valueName: "DIR")) var out: String = "diff-output"
    @Option(help: "Output format on stdout: text, markdown or json.") var format: DiffFormat = .text
    @Flag(help: "Also list unchanged metrics and claims.") var all = false
    @Option(name: .customLong("fail-on"),
            help: "Exit 1 on: flip (a claim verdict changed), significant (a flip or a significant metric change), never.")
    var failOn: DiffFailOn = .significant

    func run() throws {
        let result: DiffRun
        do {
            result = try DiffRun.run(a, b, format: format, all: all, failOn: failOn)
        } catch let e as DiffInputError {
            throw CLIError("diff: \(e.description)", code: 2)
        }
        let page = URL(fileURLWithPath: out).appendingPathComponent("index.html")
        do {
            try AtomicFile.write(result.page, to: page)
        } catch let e as ExperimentError {
            throw CLIError("diff: \(e.description)", code: 2)   // names the page and the reason
        } catch {
            throw CLIError("diff: cannot write \(page.path): \(error)", code: 2)
        }
        print(result.output, terminator: "")
        FileHandle.standardError.write(Data("clreport diff: wrote \(page.path)\n".utf8))
        if result.status != 0 { throw ExitCode(result.status) }
    }
}

extension DiffFormat: ExpressibleByArgument {}
extension DiffFailOn: ExpressibleByArgument {}
