import Testing
@testable import ReportCLI

/// `--help` and `help X` print ArgumentParser's help and exit 0 for the root and every command
/// (they once exited 74 with "ArgumentParser.CommandError error 1": the help command's request to
/// print help was mapped like a command's failure).
@Suite struct HelpTests {
    static let commands = ClReport.configuration.subcommands.map { $0.configuration.commandName ?? "" }

    @Test(arguments: [[]] + commands.map { [$0] })
    func helpPrintsUsageAndExitsZero(_ path: [String]) {
        for args in [path + ["--help"], ["help"] + path] {
            let outcome = ClReport.outcome(args)
            #expect(outcome.status == 0, "\(args): \(outcome.message ?? "")")
            #expect(outcome.message?.contains("USAGE: clreport") == true, "\(args): \(outcome.message ?? "(no message)")")
        }
    }
}
