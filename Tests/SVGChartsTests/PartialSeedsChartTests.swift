import Foundation
import Testing
@testable import SVGCharts

/// A point with fewer finite seeds than planned is marked in the chart's data table and `<desc>`;
/// points without a seed count render and encode exactly as before.
@Suite struct PartialSeedsChartTests {
    static func line(seeds: SeedCount?) -> Chart {
        .line(LineChart(id: "fig-p", title: "Partial", description: "A metric per step",
                        xAxis: Axis(title: "step"), yAxis: Axis(title: "value"),
                        series: [Series(key: "a", label: "A", points: [
                            DataPoint(x: 1, y: 0.5, lower: 0.4, upper: 0.6),
                            DataPoint(x: 2, y: 0.25, lower: 0.25, upper: 0.25, seeds: seeds),
                        ])],
                        bandDescription: "shaded band: ±1 std over 3 seeds"))
    }

    @Test func partialPointShowsInDataTableAndDescription() {
        let chart = Self.line(seeds: SeedCount.partial(finite: 1, planned: 3))
        let table = ChartRenderer.dataTable(chart)
        #expect(table.contains("<td>0.25 (n = 1 of 3)</td>"), "\(table)")
        #expect(table.components(separatedBy: "(n = ").count == 2, "only the partial point is marked")
        let svg = ChartRenderer.render(chart)
        #expect(svg.contains("Points with fewer finite seeds than planned: A at x=2: n = 1 of 3."), "\(svg)")
    }

    @Test func fullPointsRenderAsBefore() {
        #expect(SeedCount.partial(finite: 3, planned: 3) == nil)
        let plain = Self.line(seeds: nil), full = Self.line(seeds: SeedCount.partial(finite: 3, planned: 3))
        #expect(ChartRenderer.render(plain) == ChartRenderer.render(full))
        #expect(!ChartRenderer.dataTable(plain).contains("n = ") && !ChartRenderer.render(plain).contains("fewer finite seeds"))
    }

    @Test func seedCountIsAbsentFromTheEncodingWhenNil() throws {
        let plain = try JSONEncoder().encode(DataPoint(x: 1, y: 2))
        #expect(!String(decoding: plain, as: UTF8.self).contains("seeds"))
        let partial = DataPoint(x: 1, y: 2, seeds: SeedCount(finite: 1, planned: 3))
        let data = try JSONEncoder().encode(partial)
        #expect(String(decoding: data, as: UTF8.self).contains("\"seeds\":{"))
        #expect(try JSONDecoder().decode(DataPoint.self, from: data) == partial)
    }

    @Test func partialBarShowsInValueCellAndDescription() {
        let chart = Chart.bar(BarChart(id: "fig-b", title: "Bars", description: "Two settings", categories: ["base", "other"],
                                       groups: [BarGroup(key: "a", label: "minority", values: [0.5, 0.25], errors: [0.1, 0],
                                                         seeds: [nil, SeedCount(finite: 1, planned: 3)])],
                                       yAxis: Axis(title: "value"), errorDescription: "error bars: ±1 std over 3 seeds"))
        let table = ChartRenderer.dataTable(chart)
        #expect(table.contains("<td>0.25 ± 0.0 (n = 1 of 3)</td>"), "\(table)")
        #expect(table.components(separatedBy: "(n = ").count == 2)
        #expect(ChartRenderer.render(chart).contains("Points with fewer finite seeds than planned: minority in other: n = 1 of 3."))
        // A group whose every bar counted all seeds keeps no seed list.
        #expect(BarGroup(key: "a", label: "a", values: [1], seeds: [nil]).seeds == nil)
    }
}
