import ArgumentParser
import Experiments
import Foundation
import Datasets
import Learning
import Reporting

/// Options shared by the commands that compute or load a report.
struct ReportOptions: ParsableArguments {
    @Option(help: "Size profile: quick, default or paper.") var profile: ReportProfile = .default
    @Option(help: "Result cache folder.") var cache: String = ".cache/clreport"
    @Option(help: "Parallel runs (default: number of cores).") var jobs: Int = JobPool.defaultJobs
    @Option(help: "Folder of Mustache templates (default: ./templates).") var templates: String?
    @Flag(help: "Render only from the cache; missing runs are an error listing them.") var offline = false
    @Option(help: "Folder with the long-tail dataset files (default: FASHION_MNIST_DIR or /usr/share/datasets/fashion-mnist).")
    var dataDir: String?
    @Option(help: "Long-tailed dataset: fashion-mnist (Debian package dataset-fashion-mnist), cifar10 or cifar100 (with --data-dir).")
    var dataset: String = "fashion-mnist"
    @Flag(help: "Leave out the real long-tailed data experiment.") var noLongTail = false
    @Flag(help: "No progress output on stderr.") var quiet = false
    @Option(name: .customLong("set"), help: "Override one field of the synthetic base configuration, key=value (repeatable; see `clreport train --help`).")
    var settings: [String] = []

    /// The request these options describe (`--set` overrides parsed and validated here).
    func request() throws -> ReportRequest {
        let base = try ConfigResolver.resolve(start: profile.reportBase, file: nil, settings: settings)
        return ReportRequest(profile: profile, base: base,
                             longTail: noLongTail ? nil : .init(dataset: dataset, dataDirectory: dataDir),
                             cache: cacheSettings)
    }

    var cacheSettings: ReportRequest.CacheSettings {
        .init(directory: cache, jobs: jobs, offline: offline, quiet: quiet)
    }

    /// Computes (or loads) the results of the profile.
    func results() throws -> ReportResults { try request().results() }

    func templateSet() throws -> TemplateSet {
        do { return try TemplateSet(directory: ReportBuilder.templateDirectory(templates)) }
        catch let e as ReportingError { throw CLIError(e.description, code: 1) }
    }
}

extension ReportProfile: ExpressibleByArgument {}
