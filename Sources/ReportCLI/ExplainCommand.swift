import ArgumentParser
import Claims
import Foundation
import Reporting
import Results
import RunCache

/// `clreport explain CLAIM [SUBTEST]`: how a claim's verdict was computed, read from a rendered
/// report's `results.json` (no run, no cache): the claim's words and verdict; per sub-test the rule,
/// the per-seed values of each arm, the statistic with its 95% interval and Holm-adjusted p-value,
/// the verdict and why; and the `clreport train` (or `longtail`) command of every run it reads.
/// The same text is the ledger's folded "How this verdict was computed" (`VerdictExplanation`).
///
/// Exit status: 64 an unknown claim or sub-test (the message lists the valid ids), 66 no
/// `results.json`, 65 a `results.json` this version cannot read.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain how a claim's verdict was computed, with the command that reproduces every run it reads.")

    @Argument(help: "Claim id, e.g. \(ClaimID.pruningRestoresMinority) (an unknown id lists the valid ones).") var claim: ClaimID
    @Argument(help: "One sub-test id of the claim (default: all of them).") var subTest: SubTestID?
    @Option(help: "A rendered report folder (or its results.json).") var report: String = "output/report"

    func run() throws {
        print(try output(), terminator: "")
    }

    /// The explanation text, or a `CLIError` with the exit status above.
    func output() throws -> String {
        let results = try ExplainCommand.load(report)
        guard let c = results.claims.first(where: { $0.id == claim }) else {
            throw CLIError("unknown claim '\(claim)'; the claims of \(report) are: \(results.claims.map(\.id.rawValue).joined(separator: ", "))")
        }
        if let subTest, !c.subTests.contains(where: { $0.id == subTest }) {
            throw CLIError("claim \(claim) has no sub-test '\(subTest)'; its sub-tests are: \(c.subTests.map(\.id.rawValue).joined(separator: ", "))")
        }
        return VerdictExplanation.text(c, subTest: subTest, in: results)
    }

    /// The `ReportResults` of a report folder or a `results.json` file.
    static func load(_ path: String) throws -> ReportResults {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let url = exists && !isDirectory.boolValue ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: path).appendingPathComponent("results.json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CLIError("no results.json at \(url.path); render a report first (make report, or clreport report --out DIR) or pass --report DIR",
                           code: ExitStatus.noInput)
        }
        guard let data = try? Data(contentsOf: url) else {
            throw CLIError("cannot read \(url.path): not readable or not a file", code: ExitStatus.noInput)
        }
        do {
            return try CanonicalJSON.decoder.decode(ReportResults.self, from: data)
        } catch {
            throw CLIError("\(url.path) is not a results.json this clreport version can read (\(error)); render the report again",
                           code: ExitStatus.dataError)
        }
    }
}
