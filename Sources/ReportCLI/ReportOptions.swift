import ArgumentParser
import Experiments
import Foundation
import Datasets
import Learning
import Reporting

/// Options shared by the commands that compute or load a report.
struct ReportOptions: ParsableArguments {
    @Option(help: "Size profile: quick, default or paper.") var profile: ReportProfile = .default
    @Option(help: "Result cache folder.") var cache: String = ResultCache.defaultFolder
    @Option(help: "Parallel runs (default: number of cores).") var jobs: Int = JobPool.defaultJobs
    @Option(help: "Folder of Mustache templates (default: ./templates).") var templates: String?
    @Flag(help: "Render only from the cache; missing runs are an error listing them.") var offline = false
    @Option(help: "Folder with the long-tail dataset files (default: FASHION_MNIST_DIR or /usr/share/datasets/fashion-mnist).")
    var dataDir: String?
    @Option(help: "Long-tailed dataset: fashion-mnist (Debian package dataset-fashion-mnist), cifar10 or cifar100 (with --data-dir).")
    var dataset: String = "fashion-mnist"
    @Flag(help: "Leave out the real long-tailed data experiment.") var noLongTail = false
    @Flag(help: "Leave out the robustness map (its search and its confirmation runs).") var noReadings = false
    @Flag(help: "No progress output on stderr.") var quiet = false
    @Option(name: .customLong("set"), help: "Override one field of the synthetic base configuration, key=value (repeatable; see `clreport train --help`).")
    var settings: [String] = []

    func validate() throws {
        try CountLimit.jobs.validate(jobs)
    }

    /// These options as arguments for the other `clreport` processes of one report (Slurm's shard
    /// tasks, confirmation tasks and render job), paths made absolute: every field but `jobs` (each
    /// task gets its own `--jobs`) and `offline` (the render job's own), and `--quiet` always (logs
    /// go to files). The long-tail dataset only when the long-tail part runs.
    func passedOn() -> [String] {
        func abs(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.path }
        var args = ["--profile", profile.rawValue, "--cache", abs(cache), "--quiet"]
        if let t = templates { args += ["--templates", abs(t)] }
        if noLongTail { args.append("--no-long-tail") } else {
            args += ["--dataset", dataset]
            if let d = dataDir { args += ["--data-dir", abs(d)] }
        }
        if noReadings { args.append("--no-readings") }
        for s in settings { args += ["--set", s] }
        return args
    }

    /// The fields `passedOn` leaves to each process (a test checks every other field round-trips).
    static let notPassedOn: Set<String> = ["jobs", "offline"]

    /// The request these options describe (`--set` overrides parsed and validated here).
    func request() throws -> ReportRequest {
        let base = try ConfigResolver.resolve(start: profile.reportBase, file: nil, settings: settings)
        var request = ReportRequest(profile: profile, base: base,
                                    longTail: noLongTail ? nil : .init(dataset: dataset, dataDirectory: dataDir),
                                    cache: cacheSettings)
        request.readings = !noReadings
        return request
    }

    /// What would otherwise fail only after every run was computed, checked before any run by every
    /// command that computes (`report`, `figure`, `embed`, `run --shard`): the cache folder (unless
    /// `--offline`) and the output folder (when there is one) are writable, and — when `templates`
    /// is true — the templates parse in full (syntax, partials, include cycles, figure ids).
    /// Leftover temporary files of killed writes in those folders are removed here.
    func preflight(outputFolder: String?, templates parse: Bool) throws -> TemplateSet? {
        _ = try outputFolder.map { try UserPath($0, what: "output folder") }   // usage errors (an empty --out) first
        _ = try request()   // and a bad --set value, before any folder is created
        let set = parse ? try templateSet() : nil
        try set?.checkReferences(prefix: "figures", known: FigureBuilder.allIDs, what: "figure")
        if !offline { try ResultCache(directory: cache).probeWritable() }
        try set.map(ReportBuilder.checkFigurePartials)
        if let outputFolder {
            try AtomicFile.probeFolder(outputFolder, what: "output folder")
            AtomicFile.removeLeftovers(in: try UserPath(outputFolder).appending("figures").path)
        }
        return set
    }

    /// The folder holding the output file `path` (`figure --out`, `embed --out`).
    static func folder(of path: String, what: String) throws -> String {
        try UserPath(path, what: what).parent.path
    }

    var cacheSettings: ReportRequest.CacheSettings {
        .init(directory: cache, jobs: jobs, offline: offline, quiet: quiet)
    }

    /// Computes (or loads) the results of the profile.
    func results() throws -> ReportResults { try request().results() }

    /// The templates; a `--templates` folder that does not exist is missing input (66).
    func templateSet() throws -> TemplateSet { try Self.templateSet(templates) }

    /// The templates of `--templates` (nil: ./templates), or exit 66 naming the folder; shared by
    /// every command that renders (`report`, `verify`, `bench`).
    static func templateSet(_ templates: String?) throws -> TemplateSet {
        let dir = ReportBuilder.templateDirectory(templates)
        guard UserPath.isDirectory(dir) != nil else {
            throw CLIError("template folder \(dir) does not exist; give a folder with report.md (--templates) or run from the clreport checkout", code: ExitStatus.noInput)
        }
        return try TemplateSet(directory: dir)
    }
}

extension ReportProfile: ExpressibleByArgument {}
