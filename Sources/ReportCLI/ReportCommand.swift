import ArgumentParser
import Foundation
import Markup
import Reporting
import RunCache

/// `clreport report`: runs (or loads) every experiment of a profile and writes the HTML report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run or load all experiments and write index.html, figures/*.svg and results.json.")

    @OptionGroup var options: ReportOptions
    @Option(help: "Output folder.") var out: String = "output/report"

    func validate() throws {
        _ = try ValidationError.checking { try UserPath(out, what: "output folder") }
    }

    func run() throws {
        let start = Date()
        let templates = try options.preflight(outputFolder: out, templates: true)!
        // One report at a time per output folder (a second waits): never a mix of two reports.
        let waiting = { FileHandle.standardError.write(Data("clreport: waiting for another clreport writing into \(out)\n".utf8)) }
        let (results, report) = try RunLock.withFolderLock(out, what: "output folder", waiting: waiting) {
            let results = try options.results()
            let report = try ReportBuilder.build(results, templates: templates)
            try report.write(to: out)
            return (results, report)
        }
        let verdicts = Dictionary(grouping: results.claims, by: \.verdict).mapValues(\.count)
        FileHandle.standardError.write(Data("""
            wrote \(out)/index.html, \(report.figures.count) figures, results.json in \(NumberFormat.format(Date().timeIntervalSince(start), decimals: 1)) s
            paper claims: \(verdicts[.pass] ?? 0) of \(results.claims.count) reproduce, \(verdicts[.fail] ?? 0) fail, \(verdicts[.inconclusive] ?? 0) inconclusive\n
            """.utf8))
    }
}
