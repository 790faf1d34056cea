import ArgumentParser
import Experiments
import Foundation
import Reporting

/// `clreport verify DIR`: re-renders DIR's report from the cache into a temporary folder and
/// byte-compares every file; names the first that differs.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Re-render a report from the cache and byte-compare it with DIR.")

    @Argument(help: "A report folder (with results.json).") var directory: String
    @Option(help: "Result cache folder.") var cache: String = ResultCache.defaultFolder
    @Option(help: "Folder of Mustache templates (default: ./templates).") var templates: String?
    @Option(help: "Long-tail dataset folder, as given to report.") var dataDir: String?

    func run() throws {
        // A temporary file of a killed write would ship inside the report folder.
        for folder in [directory, directory + "/figures"] {
            if let leftover = AtomicFile.temporaryFiles(in: folder).first {
                throw CLIError("verify: \(folder)/\(leftover) is a temporary file left by an interrupted write; run the report again (it removes such files) or delete it", code: 1)
            }
        }
        let url = URL(fileURLWithPath: directory).appendingPathComponent("results.json")
        guard let data = try? Data(contentsOf: url) else { throw CLIError("cannot read \(url.path)", code: 66) }
        guard let stored = try? CanonicalJSON.decoder.decode(ReportResults.self, from: data) else {
            throw CLIError("\(url.path) is not a results.json of this clreport version", code: 65)
        }
        let request = ReportRequest(reproducing: stored,
                                    cache: .init(directory: cache, jobs: JobPool.defaultJobs, offline: true, quiet: true),
                                    dataDirectory: dataDir)
        let report = try ReportBuilder.build(try request.results(), templates: try ReportOptions.templateSet(templates))
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("clreport-verify-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        try report.write(to: tmp.path)
        let expected = ["index.html", "results.json"] + report.figures.map { "figures/\($0.id).svg" }
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/figures")) ?? [])
            .filter { $0.hasSuffix(".svg") }.map { "figures/\($0)" }
        for extra in present.sorted() where !expected.contains(extra) {
            throw CLIError("verify: \(directory)/\(extra) is not produced by a re-render", code: 1)
        }
        for file in expected {
            let a = try? Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(file))
            let b = try Data(contentsOf: tmp.appendingPathComponent(file))
            if a != b { throw CLIError("verify: \(directory)/\(file) differs from a re-render from the cache", code: 1) }
        }
        print("verify: \(expected.count) files identical to a re-render from the cache")
    }
}
