import ArgumentParser
import Foundation
import Reporting
import Results
import RunCache

/// `clreport verify DIR`: re-renders DIR's report from the cache into a temporary folder and
/// byte-compares every file; names the first that differs. The re-render names the code commit DIR
/// names (and its date), so a report rendered before a change of the code verifies exactly when
/// this code renders the same bytes — the proof that a refactor changed nothing; the output says
/// when the two commits differ. Exit status 1 (`ExitStatus.difference`)
/// means exactly one thing: DIR is not what a re-render from the cache writes (a file differs, a
/// figure a re-render does not produce, or a temporary file an interrupted write left).
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Re-render a report from the cache and byte-compare it with DIR.",
        discussion: "Exit status 0 = every file identical; 1 = DIR differs from a re-render (the message names the file); 65/66 = DIR/results.json unreadable / missing.")

    @Argument(help: "A report folder (with results.json).") var directory: String
    @OptionGroup var resultCache: CacheOptions
    @OptionGroup var templateFolder: TemplateOptions
    @OptionGroup var dataFolder: DataFolderOptions

    func run() throws {
        // A temporary file of a killed write would ship inside the report folder.
        for folder in [directory, directory + "/figures"] {
            if let leftover = AtomicFile.temporaryFiles(in: folder).first {
                throw CLIError("verify: \(folder)/\(leftover) is a temporary file left by an interrupted write; run the report again (it removes such files) or delete it", code: ExitStatus.difference)
            }
        }
        let url = URL(fileURLWithPath: directory).appendingPathComponent("results.json")
        guard let data = try? Data(contentsOf: url) else { throw CLIError("cannot read \(url.path)", code: ExitStatus.noInput) }
        guard let stored = try? CanonicalJSON.decoder.decode(ReportResults.self, from: data) else {
            throw CLIError("\(url.path) is not a results.json of this clreport version", code: ExitStatus.dataError)
        }
        let request = ReportRequest(reproducing: stored,
                                    cache: .init(directory: resultCache.cache, jobs: JobPool.defaultJobs, offline: true, quiet: true),
                                    dataDirectory: dataFolder.dataDir)
        var results = try request.results()
        // The page names the code that rendered it. A report rendered before a change of the code
        // (a refactor) is compared under the commit it names, so "identical" means: this code
        // renders the same bytes as the code that made DIR; the line below says when they differ.
        let recorded = stored.provenance, current = results.provenance
        let otherCode = recorded.gitCommit != current.gitCommit
        if otherCode {
            results.provenance.gitCommit = recorded.gitCommit
            results.provenance.commitDate = recorded.commitDate
        }
        let report = try ReportBuilder.build(results, templates: try templateFolder.templateSet())
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("clreport-verify-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        try report.write(to: tmp.path)
        let expected = ["index.html", "results.json"] + report.figures.map { "figures/\($0.id).svg" }
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/figures")) ?? [])
            .filter { $0.hasSuffix(".svg") }.map { "figures/\($0)" }
        for extra in present.sorted() where !expected.contains(extra) {
            throw CLIError("verify: \(directory)/\(extra) is not produced by a re-render", code: ExitStatus.difference)
        }
        for file in expected {
            let a = try? Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(file))
            let b = try Data(contentsOf: tmp.appendingPathComponent(file))
            if a != b { throw CLIError("verify: \(directory)/\(file) differs from a re-render from the cache", code: ExitStatus.difference) }
        }
        if otherCode {
            print("verify: \(directory) names commit \(recorded.gitCommit); this clreport is commit \(current.gitCommit) — compared under the commit it names")
        }
        print("verify: \(expected.count) files identical to a re-render from the cache")
    }
}
