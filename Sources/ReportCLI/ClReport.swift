import ArgumentParser

/// The `clreport` command tree.
public struct ClReport: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "clreport",
        abstract: "Reproduce arXiv 2602.10357 (contrastive learning under imbalance) as an HTML/SVG report.",
        subcommands: [ReportCommand.self, FigureCommand.self, EmbedCommand.self, VerifyCommand.self, DiffCommand.self,
                      TrainCommand.self, ExplainCommand.self, BenchCommand.self, PlanCommand.self, RunCommand.self, SlurmCommand.self, CacheCommand.self, LongTailCommand.self]
    )
    public init() {}
}
