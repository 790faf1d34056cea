import ArgumentParser
import Foundation
import Markup
import Reporting
import RunCache
import SVGCharts

/// `clreport embed DOC.md`: replaces `<!-- clreport:figure ID -->` and `<!-- clreport:value NAME -->`
/// markers in a Markdown document with the figure (inline SVG) or the number. With `--image png`
/// a figure becomes a Markdown image, `![title](ID.png)`, and the PNG (drawn from the same SVG by
/// `rsvg-convert`, `SVGConverter`) is written beside the output, for Markdown targets that cannot
/// show inline SVG.
struct EmbedCommand: ParsableCommand {
    /// How a figure marker is filled.
    enum Image: String, CaseIterable, ExpressibleByArgument {
        /// The `<svg>` element inline (the default).
        case svg
        /// `![title](ID.png)`, the PNG written into the output's folder.
        case png
    }

    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Fill clreport figure/value markers in a Markdown document.",
        discussion: "Values are named claim.<id> (verdict) and <sweep>.<series>.<x>.<metric> (mean ± std), e.g. main.nsr-1.0.1.maxCosMinority.")

    @Argument(help: "The Markdown document.") var document: String
    @OptionGroup var options: ReportOptions
    @Option(help: "Output file (default: stdout).") var out: String?
    @Option(help: "Figures as inline svg (default) or as png: ![title](ID.png), each PNG written into the folder of --out (the current folder with stdout), overwriting a file of that name.")
    var image: Image = .svg
    @Option(help: "Resolution of --image png in dots per inch (default 96; allowed \(CountLimit.dpi.allowed)).") var dpi: Int?

    func validate() throws {
        if let out { _ = try ValidationError.checking { try UserPath(out, what: "output file") } }
        if let dpi {
            try CountLimit.dpi.validate(dpi)
            guard image == .png else { throw ValidationError("--dpi applies to --image png only") }
        }
    }

    func run() throws {
        guard let bytes = FileManager.default.contents(atPath: document) else {
            throw CLIError("cannot read \(document): \(FileManager.default.fileExists(atPath: document) ? "permission denied or not a file" : "no such file")", code: ExitStatus.noInput)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw CLIError("\(document) is not UTF-8 text; save it as UTF-8 and run again", code: ExitStatus.dataError)
        }
        let converter = image == .png ? try SVGConverter.locate() : nil   // before any run is computed
        let imageFolder = try out.map { try ReportOptions.folder(of: $0, what: "output file") } ?? "."
        if let out { _ = try options.preflight(outputFolder: try ReportOptions.folder(of: out, what: "output file"), templates: false) }
        let results = try options.results()
        let charts = FigureBuilder.charts(results)
        var figures: [String: String] = [:]
        for c in charts { figures[c.id] = converter == nil ? ChartRenderer.render(c) : "![\(Escape.markdown(c.title))](\(c.id).png)" }
        let filled: String
        do {
            filled = try EmbedProcessor.process(markdown: text, figures: figures, values: EmbedValues.all(results))
        } catch let e as ReportingError {
            throw CLIError("\(document): \(e.description)", code: 65)
        }
        if let converter {   // the PNGs first, so the document never names a file that is not there
            let used = Set(try EmbedProcessor.figureIDs(in: text))
            for c in charts where used.contains(c.id) {
                let png = try UserPath(imageFolder).appending("\(c.id).png").path
                try converter.write(ChartRenderer.standalone(c), as: .png, dpi: dpi ?? FigureFormat.defaultDPI, to: png)
                FileHandle.standardError.write(Data("wrote \(png)\n".utf8))
            }
        }
        if let out { try AtomicFile.write(filled, to: URL(fileURLWithPath: out)) } else { print(filled, terminator: "") }
    }
}
