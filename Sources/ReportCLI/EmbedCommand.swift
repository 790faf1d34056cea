import ArgumentParser
import Experiments
import Foundation
import Markup
import Reporting
import SVGCharts

/// `clreport embed DOC.md`: replaces `<!-- clreport:figure ID -->` and `<!-- clreport:value NAME -->`
/// markers in a Markdown document with the figure (inline SVG) or the number.
struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Fill clreport figure/value markers in a Markdown document.",
        discussion: "Values are named claim.<id> (verdict) and <sweep>.<series>.<x>.<metric> (mean ± std), e.g. main.nsr-1.0.1.maxCosMinority.")

    @Argument(help: "The Markdown document.") var document: String
    @OptionGroup var options: ReportOptions
    @Option(help: "Output file (default: stdout).") var out: String?

    func run() throws {
        guard let bytes = FileManager.default.contents(atPath: document) else {
            throw CLIError("cannot read \(document): \(FileManager.default.fileExists(atPath: document) ? "permission denied or not a file" : "no such file")", code: ExitStatus.noInput)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw CLIError("\(document) is not UTF-8 text; save it as UTF-8 and run again", code: ExitStatus.dataError)
        }
        if let out { _ = try options.preflight(outputFolder: try ReportOptions.folder(of: out, what: "output file"), templates: false) }
        let results = try options.results()
        var figures: [String: String] = [:]
        for c in FigureBuilder.charts(results) { figures[c.id] = ChartRenderer.render(c) }
        let filled: String
        do {
            filled = try EmbedProcessor.process(markdown: text, figures: figures, values: EmbedValues.all(results))
        } catch let e as ReportingError {
            throw CLIError("\(document): \(e.description)", code: 65)
        }
        if let out { try AtomicFile.write(filled, to: URL(fileURLWithPath: out)) } else { print(filled, terminator: "") }
    }
}
