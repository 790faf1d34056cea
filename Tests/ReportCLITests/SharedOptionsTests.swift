@testable import RunCache
import Testing
@testable import ReportCLI

/// The cache, templates, data and jobs options are declared once (`CacheOptions`, `TemplateOptions`,
/// `DataFolderOptions`/`DataOptions`, `JobsOptions`) and every command that takes them parses them
/// into the same group, with the same default (issue 23 item 4).
@Suite struct SharedOptionsTests {
    @Test func everyCommandWithACacheSharesTheOneDefault() throws {
        let given = ["--cache", "/c", "--templates", "/t"]
        let report = try ReportOptions.parse(given)
        let verify = try VerifyCommand.parse(["dir"] + given + ["--data-dir", "/d"])
        let bench = try BenchCommand.parse(given)
        #expect([report.resultCache.cache, verify.resultCache.cache, bench.resultCache.cache] == ["/c", "/c", "/c"])
        #expect([report.templateFolder.templates, verify.templateFolder.templates, bench.templateFolder.templates] == ["/t", "/t", "/t"])
        #expect(verify.dataFolder.dataDir == "/d")
        let defaults = [try ReportOptions.parse([]).resultCache.cache, try VerifyCommand.parse(["dir"]).resultCache.cache,
                        try BenchCommand.parse([]).resultCache.cache]
        #expect(defaults == Array(repeating: ResultCache.defaultFolder, count: 3))
        // The commands built on ReportOptions take them through it.
        for command in [["report"], ["figure", "fig2"], ["embed", "doc.md"], ["plan"], ["run", "--shard", "1/2"], ["slurm", "--shards", "2"]] {
            let parsed = try ClReport.parseAsRoot(command + given + ["--dataset", "cifar10", "--data-dir", "/d", "--jobs", "3"])
            let options = try #require(Self.reportOptions(parsed), "\(command)")
            #expect(options.resultCache.cache == "/c" && options.templateFolder.templates == "/t", "\(command)")
            #expect(options.data.dataset == .cifar10 && options.data.dataDir == "/d" && options.parallel.jobs == 3, "\(command)")
        }
        let longtail = try LongTailCommand.parse(["--dataset", "cifar100", "--data-dir", "/d"])
        #expect(longtail.data.dataset == .cifar100 && longtail.data.dataDir == "/d")
        #expect(try LongTailCommand.parse([]).data.dataset == DataOptions.defaultDataset)
        #expect(try TrainCommand.parse(["--jobs", "2"]).parallel.jobs == 2)
    }

    static func reportOptions(_ command: Any) -> ReportOptions? {
        switch command {
        case let c as ReportCommand: c.options
        case let c as FigureCommand: c.options
        case let c as EmbedCommand: c.options
        case let c as PlanCommand: c.options
        case let c as RunCommand: c.options
        case let c as SlurmCommand: c.options
        default: nil
        }
    }
}
