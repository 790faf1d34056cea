import ArgumentParser
import Experiments
import Foundation
import Datasets
import Learning
import Reporting
import Results
import RunCache

/// Options shared by the commands that compute or load a report.
struct ReportOptions: ParsableArguments {
    @Option(help: "Size profile: quick, default or paper.") var profile: ReportProfile = .default
    @OptionGroup var resultCache: CacheOptions
    @OptionGroup var parallel: JobsOptions
    @OptionGroup var templateFolder: TemplateOptions
    @Flag(help: "Render only from the cache; missing runs are an error listing them.") var offline = false
    @OptionGroup var data: DataOptions
    @Flag(help: "Leave out the real long-tailed data experiment.") var noLongTail = false
    @Flag(help: "Leave out the robustness map (its search and its confirmation runs).") var noReadings = false
    @Flag(help: "No progress output on stderr.") var quiet = false
    @Option(name: .customLong("set"), help: "Override one field of the synthetic base configuration, key=value (repeatable; see `clreport train --help`).")
    var settings: [String] = []

    /// A bad `--set` value is a usage error before anything is read, run or created.
    func validate() throws {
        _ = try ValidationError.checking { try request() }
    }

    /// These options as arguments for the other `clreport` processes of one report (Slurm's shard
    /// tasks, confirmation tasks and render job), paths made absolute: every field but `jobs` (each
    /// task gets its own `--jobs`) and `offline` (the render job's own), and `--quiet` always (logs
    /// go to files). The long-tail dataset only when the long-tail part runs.
    func passedOn() -> [String] {
        func abs(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.path }
        var args = ["--profile", profile.rawValue, "--cache", abs(resultCache.cache), "--quiet"]
        if let t = templateFolder.templates { args += ["--templates", abs(t)] }
        if noLongTail { args.append("--no-long-tail") } else {
            args += ["--dataset", data.dataset.rawValue]
            if let d = data.dataDir { args += ["--data-dir", abs(d)] }
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
                                    longTail: noLongTail ? nil : .init(dataset: data.dataset, dataDirectory: data.dataDir),
                                    cache: cacheSettings)
        request.readings = !noReadings
        return request
    }

    /// What would otherwise fail only after every run was computed, checked before any run by every
    /// command that computes (`report`, `figure`, `embed`, `run --shard`): the cache folder (unless
    /// `--offline`) and the output folder (when there is one) are writable, and — when `templates`
    /// is true — the templates parse in full (syntax, partials, include cycles, figure ids).
    /// Leftover temporary files of killed writes in those folders are removed here. (A bad `--set`
    /// value or an empty `--out` never gets here: `validate()`.)
    func preflight(outputFolder: String?, templates parse: Bool) throws -> TemplateSet? {
        let set = parse ? try templateSet() : nil
        try set?.checkReferences(prefix: "figures", known: FigureBuilder.allIDs, what: "figure")
        if !offline { try ResultCache(directory: resultCache.cache).probeWritable() }
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
        .init(directory: resultCache.cache, jobs: parallel.jobs, offline: offline, quiet: quiet)
    }

    /// Computes (or loads) the results of the profile.
    func results() throws -> ReportResults { try request().results() }

    /// The templates; a `--templates` folder that does not exist is missing input (66).
    func templateSet() throws -> TemplateSet { try templateFolder.templateSet() }
}

extension ReportProfile: ExpressibleByArgument {}
