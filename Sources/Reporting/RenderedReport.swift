import Foundation
import Learning
import RunCache
import SVGCharts

/// The rendered report: the page, one standalone SVG per figure, and results.json.
public struct RenderedReport: Sendable {
    public var indexHTML: String
    /// (figure id, standalone SVG document), in report order.
    public var figures: [(id: String, svg: String)]
    public var resultsJSON: Data

    /// Writes `index.html`, `figures/<id>.svg` and `results.json` into `directory`, each atomically,
    /// and removes the files an older report wrote there that this one does not (`ReportManifest`).
    public func write(to directory: String) throws {
        let dir = URL(fileURLWithPath: directory, isDirectory: true)
        let old = ReportManifest.read(dir)
        try AtomicFile.write(indexHTML, to: dir.appendingPathComponent("index.html"))
        for f in figures { try AtomicFile.write(f.svg, to: dir.appendingPathComponent("figures/\(f.id).svg")) }
        try AtomicFile.write(resultsJSON, to: dir.appendingPathComponent("results.json"))
        try ReportManifest(files: ["index.html", "results.json"] + figures.map { "figures/\($0.id).svg" }).replace(old, in: dir)
    }
}
