import ArgumentParser
import Results

/// The `clreport` command tree.
public struct ClReport: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "clreport",
        abstract: "Reproduce arXiv 2602.10357 (contrastive learning under imbalance) as an HTML/SVG report.",
        subcommands: [ReportCommand.self, FigureCommand.self, EmbedCommand.self, VerifyCommand.self, DiffCommand.self,
                      TrainCommand.self, ExplainCommand.self, BenchCommand.self, PlanCommand.self, RunCommand.self, SlurmCommand.self, CacheCommand.self, LongTailCommand.self]
    )
    public init() {}

    /// `clreport --version`: the version and commit (`GitProvenance.versionText`). A flag of its own
    /// rather than `CommandConfiguration.version`, which would run git on every command line.
    @Flag(help: "Print the version and the git commit of the source tree this binary was built from.") var version = false

    public func run() throws {
        guard version else { throw CleanExit.helpRequest(self) }
        print(GitProvenance.versionText(tool: ReportComputation.toolVersion), terminator: "")
    }
}
