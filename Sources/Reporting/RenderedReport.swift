import Experiments
import Foundation
import Learning
import SVGCharts

/// The rendered report: the page, one standalone SVG per figure, and results.json.
public struct RenderedReport: Sendable {
    public var indexHTML: String
    /// (figure id, standalone SVG document), in report order.
    public var figures: [(id: String, svg: String)]
    public var resultsJSON: Data

    /// Writes `index.html`, `figures/<id>.svg` and `results.json` into `directory`, each atomically.
    public func write(to directory: String) throws {
        let dir = URL(fileURLWithPath: directory, isDirectory: true)
        try AtomicFile.write(indexHTML, to: dir.appendingPathComponent("index.html"))
        for f in figures { try AtomicFile.write(f.svg, to: dir.appendingPathComponent("figures/\(f.id).svg")) }
        try AtomicFile.write(resultsJSON, to: dir.appendingPathComponent("results.json"))
    }
}
