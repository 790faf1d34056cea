import Foundation
import Testing
@testable import SVGCharts

/// Writes edge-case charts as SVG files for looking at (e.g. with `rsvg-convert`) when the
/// environment variable `SVGCHARTS_GALLERY` names a folder; otherwise only checks they parse.
/// Each chart is also written as `<name>-dark.svg` with the dark-mode rules forced on (the media
/// query removed, since rsvg-convert ignores `@media`).
@Suite struct GalleryTests {
    static var charts: [(String, Chart)] {
        var nan = Fixtures.lineWithBands
        nan.id = "nan"
        nan.title = "Diverged run & friends <NaN>"
        nan.series[0].points[10].y = .nan
        nan.series[0].points[11].y = .nan
        nan.series[0].points[25].y = .infinity
        nan.series[1].points[30].upper = .nan
        let labels = ["BReLU encoder with a rather long descriptive label", "ReLU", "linear baseline", "random features",
                      "InfoNCE (τ = 0.1)", "triplet loss", "SimCLR-style", "supervised", "nine"]
        let many = LineChart(id: "many", title: "Nine series", description: "Many series with long labels",
                             xAxis: Axis(title: "epoch"), yAxis: Axis(title: "value"),
                             series: labels.enumerated().map { i, l in
                                 Series(key: l, label: l, points: (0..<60).map { DataPoint(x: Double($0), y: Double(i) + Double($0 % 7) * 0.1) })
                             })
        let single = LineChart(id: "single", title: "One point", description: "d", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
                               series: [Series(key: "a", label: "only", points: [DataPoint(x: 3, y: 0.42)])])
        let empty = LineChart(id: "empty", title: "Nothing yet", description: "d", xAxis: Axis(title: "x", scale: .log10),
                              yAxis: Axis(title: "y"), series: [])
        let logY = LineChart(id: "logy", title: "Log-log", description: "d", xAxis: Axis(title: "width", scale: .log10),
                             yAxis: Axis(title: "error", scale: .log10),
                             series: [Series(key: "a", label: "error", points: [1, 3, 10, 30, 100, 300, 1000, 3000, 10_000].map {
                                 DataPoint(x: $0, y: 2 / $0, lower: 1.5 / $0, upper: 2.6 / $0) })],
                             bandDescription: "band: min–max over 5 seeds")
        let negative = BarChart(id: "neg", title: "Change in accuracy", description: "d",
                                categories: ["a very long category name", "another long category", "short", "x", "y", "z"],
                                groups: [BarGroup(key: "a", label: "Δ accuracy", values: [3.2, -1.5, 0.4, .nan, 2, -0.2], errors: [0.5, 0.3, 0.1, 0, 1, 0.1])],
                                yAxis: Axis(title: "Δ (points)"))
        let barOverlay = ChartRenderer.overlay(.bar(Fixtures.bars), .bar(Fixtures.bars), labelA: "before", labelB: "after")
        let multiOverlay = ChartRenderer.overlay(.multiples(Fixtures.multiples), .multiples(Fixtures.multiples),
                                                 labelA: "v1", labelB: "v2")
        var independent = Fixtures.multiples
        independent.id = "indep"
        independent.sharedY = false
        independent.columns = 3
        return [("nan", .line(nan)), ("many", .line(many)), ("single", .line(single)), ("empty", .line(empty)),
                ("logy", .line(logY)), ("neg", .bar(negative)), ("bar-overlay", barOverlay),
                ("multi-overlay", multiOverlay), ("independent-y", .multiples(independent))] + Fixtures.snapshots.map {
            (($0.0 as NSString).deletingPathExtension, $0.1)
        }
    }

    @Test func galleryChartsParseAndOptionallyAreWritten() throws {
        let folder = ProcessInfo.processInfo.environment["SVGCHARTS_GALLERY"]
        for (name, chart) in Self.charts {
            let svg = ChartRenderer.standalone(chart)
            #expect(parsesAsXML(svg), "\(name)")
            #expect(parsesAsXML(ChartRenderer.dataTable(chart)), "\(name)")
            guard let folder else { continue }
            let dir = URL(fileURLWithPath: folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: dir.appendingPathComponent("\(name).svg"))
            let dark = svg.replacingOccurrences(of: "@media (prefers-color-scheme: dark){", with: "")
                .replacingOccurrences(of: "}}</style>", with: "}</style>")
            try Data(dark.utf8).write(to: dir.appendingPathComponent("\(name)-dark.svg"))
        }
    }
}
