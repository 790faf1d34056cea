import ArgumentParser
import Claims
import Foundation
import Reporting
import RunCache
import SVGCharts

/// `clreport figure ID`: one standalone figure (from cache, running what is missing), as SVG or,
/// drawn from that same SVG by `rsvg-convert` (`SVGConverter`), as PDF or PNG.
struct FigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figure", abstract: "Write one figure as a standalone SVG, PDF or PNG.",
        discussion: "PDF and PNG are drawn from the same SVG by librsvg's rsvg-convert (Debian package librsvg2-bin); "
            + "the PDF embeds its fonts. A PNG is the SVG's size in px × dpi/96 (--dpi 96: one pixel per SVG unit).")

    @Argument(help: "Figure id, e.g. fig2 or fig6-ratio (see the report), or a figure's name, e.g. longtail.") var id: String
    @OptionGroup var options: ReportOptions
    @Option(help: "Output format: svg, pdf or png.") var format: FigureFormat = .svg
    @Option(help: "Resolution of --format png in dots per inch (default 96; allowed \(CountLimit.dpi.allowed)).") var dpi: Int?
    @Option(help: "Output file (default: <ID>.<format>).") var out: String?

    func validate() throws {
        guard FigureID.chart(named: id) != nil else {   // before any run is computed
            throw ValidationError("unknown figure '\(id)'; known figures: \(FigureBuilder.allIDs.sorted().joined(separator: ", "))"
                                  + "; or a figure's name: \(FigureID.all.map(\.name).filter { !FigureBuilder.allIDs.contains($0) }.joined(separator: ", "))")
        }
        if let out { _ = try ValidationError.checking { try UserPath(out, what: "output file") } }
        if let dpi {
            try CountLimit.dpi.validate(dpi)
            guard format == .png else { throw ValidationError("--dpi applies to --format png only (a PDF is vector, an SVG has no pixels)") }
        }
    }

    func run() throws {
        // validate() has resolved the name; a figure's name (e.g. "longtail") reads as its main chart.
        let id = FigureID.chart(named: id)?.id ?? id
        // rsvg-convert is looked up before any run is computed, too.
        let converter = try format.converterFormat.map { _ in try SVGConverter.locate() }
        let path = out ?? "\(id).\(format.rawValue)"
        _ = try options.preflight(outputFolder: try ReportOptions.folder(of: path, what: "output file"), templates: false)
        let charts = FigureBuilder.charts(try options.results())
        guard let chart = charts.first(where: { $0.id == id }) else {
            throw CLIError("unknown figure '\(id)'; known figures: \(charts.map(\.id).joined(separator: ", "))")
        }
        let svg = ChartRenderer.standalone(chart)
        if let converter, let target = format.converterFormat {
            try converter.write(svg, as: target, dpi: dpi ?? FigureFormat.defaultDPI, to: path)
        } else {
            try AtomicFile.write(svg, to: URL(fileURLWithPath: path))
        }
        FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
    }
}
