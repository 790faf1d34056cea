import Foundation
@testable import Results
@testable import RunCache
import Testing
@testable import ReportCLI
@testable import Reporting
import Markup
import SVGCharts
import TestSupport

/// `figure --format pdf|png` and `embed --image png` through the real commands on the quick
/// profile's figures (the suite's result cache is shared, so these cost no extra runs once the
/// quick profile is computed).
extension ReportEndToEndTests {
    /// The standalone SVG of figure `id` in the quick profile, as `figure --format svg` writes it.
    func svg(_ id: String, in dir: String) throws -> String {
        try run(["figure", id, "--out", dir + "/\(id).svg"] + common)
        return try String(contentsOfFile: dir + "/\(id).svg", encoding: .utf8)
    }

    /// The quick profile's results as the commands compute them (from the suite's cache).
    func quickResults() throws -> ReportResults { try ReportOptions.parse(common).results() }

    @Test(.enabled(if: FigureExportTests.hasRsvg && FigureExportTests.hasPoppler,
                   "rsvg-convert or pdfinfo is not installed (Debian librsvg2-bin, poppler-utils; make deps installs them)"))
    func figureWritesPDFAndPNGFromTheSameSVG() throws {
        let dir = Self.work + "/figure-export"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let size = try #require(SVGConverter.size(ofSVG: try svg("fig2", in: dir)))

        try run(["figure", "fig2", "--format", "pdf", "--out", dir + "/fig2.pdf"] + common)
        let info = try FigureExportTests.run("pdfinfo", [dir + "/fig2.pdf"])
        #expect(info.status == 0 && FigureExportTests.field("Pages", of: info.out) == "1", "pdfinfo: \(info.out)\(info.err)")
        #expect(FigureExportTests.field("Page size", of: info.out)?.hasPrefix("\(Int(size.width * 0.75)) x ") == true, "\(info.out)")

        try run(["figure", "fig2", "--format", "png", "--dpi", "48", "--out", dir + "/half.png"] + common)
        let half = try #require(FigureExportTests.pngSize(dir + "/half.png"))
        #expect(half.width == Int((size.width / 2).rounded()) && half.height == Int((size.height / 2).rounded()), "\(half) for \(size)")

        // Default name <ID>.<format> in the current folder is covered by `--out` being optional;
        // here the default resolution: 96 dpi, one pixel per SVG unit.
        try run(["figure", "fig2", "--format", "png", "--out", dir + "/full.png"] + common)
        #expect(FigureExportTests.pngSize(dir + "/full.png")! == (Int(size.width.rounded()), Int(size.height.rounded())))
        #expect(AtomicFile.temporaryFiles(in: dir).isEmpty, "no scratch file is left")
    }

    @Test(.enabled(if: FigureExportTests.hasRsvg, "rsvg-convert is not installed (Debian librsvg2-bin; make deps installs it)"))
    func embedImagePNGWritesImagesBesideTheOutput() throws {
        let dir = Self.work + "/embed-png"
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        let doc = dir + "/doc.md"
        try "# Mine\n\n<!-- clreport:figure fig4 -->\nText.\n\n```\n<!-- clreport:figure fig1 -->\n```\n\nAgain <!-- clreport:figure fig2 --> inline.\n"
            .write(toFile: doc, atomically: true, encoding: .utf8)

        try run(["embed", doc, "--out", dir + "/out/doc.md", "--image", "png", "--dpi", "72"] + common)
        let text = try String(contentsOfFile: dir + "/out/doc.md", encoding: .utf8)
        let charts = Dictionary(uniqueKeysWithValues: FigureBuilder.charts(try quickResults()).map { ($0.id, $0) })
        let fig4 = try #require(charts["fig4"]), fig2 = try #require(charts["fig2"])
        #expect(text == "# Mine\n\n![\(Escape.markdown(fig4.title))](fig4.png)\n\nText.\n\n```\n<!-- clreport:figure fig1 -->\n```\n\n"
                + "Again ![\(Escape.markdown(fig2.title))](fig2.png) inline.\n", "\(text)")
        #expect(!text.contains("<svg"))
        // Only the figures the document uses, each at 72 dpi (3/4 of a pixel per SVG unit).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted() == ["doc.md", "fig2.png", "fig4.png"])
        for chart in [fig2, fig4] {
            let size = try #require(SVGConverter.size(ofSVG: ChartRenderer.standalone(chart)))
            let px = try #require(FigureExportTests.pngSize(dir + "/out/\(chart.id).png"))
            #expect(px.width == Int((size.width * 0.75).rounded()) && px.height == Int((size.height * 0.75).rounded()), "\(chart.id): \(px)")
        }

        // The default (and --image svg) output is unchanged: the inline SVG, byte for byte.
        try run(["embed", doc, "--out", dir + "/default.md"] + common)
        try run(["embed", doc, "--out", dir + "/svg.md", "--image", "svg"] + common)
        let inline = try EmbedProcessor.process(
            markdown: String(contentsOfFile: doc, encoding: .utf8),
            figures: charts.mapValues { ChartRenderer.render($0) }, values: EmbedValues.all(try quickResults()))
        #expect(try String(contentsOfFile: dir + "/default.md", encoding: .utf8) == inline)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/svg.md")) == Data(contentsOf: URL(fileURLWithPath: dir + "/default.md")))
    }
}
