import ArgumentParser
import Experiments
import Foundation
import Reporting
import SVGCharts

/// `clreport figure ID`: one standalone SVG (from cache, running what is missing).
struct FigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "figure", abstract: "Write one figure as a standalone SVG.")

    @Argument(help: "Figure id, e.g. fig2 (see the report).") var id: String
    @OptionGroup var options: ReportOptions
    @Option(help: "Output file (default: <ID>.svg).") var out: String?

    func run() throws {
        guard FigureBuilder.allIDs.contains(id) else {   // before any run is computed
            throw CLIError("unknown figure '\(id)'; known figures: \(FigureBuilder.allIDs.sorted().joined(separator: ", "))")
        }
        let path = out ?? "\(id).svg"
        _ = try options.preflight(outputFolder: try ReportOptions.folder(of: path, what: "output file"), templates: false)
        let charts = FigureBuilder.charts(try options.results())
        guard let chart = charts.first(where: { $0.id == id }) else {
            throw CLIError("unknown figure '\(id)'; known figures: \(charts.map(\.id).joined(separator: ", "))")
        }
        try AtomicFile.write(ChartRenderer.standalone(chart), to: URL(fileURLWithPath: path))
        FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
    }
}
