import Foundation
import Testing
@testable import SVGCharts

/// Band floors, explicit ticks, horizontal reference lines, panel groups and emphasis.
@Suite struct ReadabilityTests {
    /// A count-like series whose band goes far below 0 in the data.
    static func counts(_ band: BandKind) -> Series {
        Series(key: "c", label: "count", points: [
            DataPoint(x: 1, y: 1, lower: -3, upper: 5), DataPoint(x: 2, y: 2, lower: -2, upper: 6), DataPoint(x: 3, y: 8, lower: 6, upper: 10),
        ], band: band)
    }

    static func chart(_ s: Series, levels: [ReferenceLevel] = []) -> LineChart {
        LineChart(id: "t", title: "t", description: "d", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"), series: [s],
                  bandDescription: "shaded band", referenceLevels: levels)
    }

    /// The y pixel of every vertex of the band path(s) in `svg`.
    static func bandYs(_ svg: String) -> [Double] {
        let paths = svg.components(separatedBy: "<path ").dropFirst().filter { $0.contains("fill-opacity=\"0.18\"") }
        return paths.flatMap { p -> [Double] in
            let d = p.components(separatedBy: "d=\"")[1].components(separatedBy: "\"")[0]
            let nums = d.split { "MLZ ".contains($0) }.compactMap { Double($0) }
            return stride(from: 1, to: nums.count, by: 2).map { nums[$0] }
        }
    }

    @Test func aFlooredBandNeverGoesBelowItsFloor() throws {
        let floored = Self.chart(Self.counts(.confidenceInterval95(floor: 0)))
        #expect(LineChartRenderer.yValues(floored).allSatisfy { $0 >= 0 })
        let y = ResolvedAxis.resolve(floored.yAxis, values: LineChartRenderer.yValues(floored))
        #expect(y.lower == 0)
        let svg = LineChartRenderer.render(floored)
        let ys = Self.bandYs(svg)
        #expect(!ys.isEmpty)
        // Pixel y of the value 0 is the plot bottom (the axis starts at 0): no vertex below it.
        let plotBottom = try #require(ys.max())
        let zeroY = ys.filter { $0 == plotBottom }
        #expect(zeroY.count >= 2, "the clamped lower edge lies on y = 0")
        // A ±1 sd band keeps its negative edge and the axis follows it.
        let sd = Self.chart(Self.counts(.standardDeviation))
        #expect(LineChartRenderer.yValues(sd).contains(-3))
        #expect(ResolvedAxis.resolve(sd.yAxis, values: LineChartRenderer.yValues(sd)).lower < 0)
    }

    @Test func explicitTicksReplaceTheNiceOnesAndWidenTheDomain() {
        let a = ResolvedAxis.resolve(Axis(title: "m", scale: .log10, tickValues: [32, 64, 128, 256]), values: [32, 64, 128, 256])
        #expect(a.ticks.map(\.value) == [32, 64, 128, 256])
        #expect(a.ticks.map(\.label) == ["32", "64", "128", "256"])
        #expect(a.ticks.allSatisfy { $0.isMajor })
        // A tick outside the data widens the domain to hold it; duplicates and ≤ 0 on log are dropped.
        let b = ResolvedAxis.resolve(Axis(title: "m", scale: .log10, tickValues: [512, 32, 32, 0, -1]), values: [32, 64])
        #expect(b.ticks.map(\.value) == [32, 512])
        #expect(b.upper >= 512)
        // A linear axis too.
        let c = ResolvedAxis.resolve(Axis(title: "x", tickValues: [0, 3, 7]), values: [1, 5])
        #expect(c.ticks.map(\.value) == [0, 3, 7] && c.lower <= 0 && c.upper >= 7)
    }

    @Test func referenceLevelIsDrawnAndInsideTheAxis() {
        let s = Series(key: "k", label: "k", points: [DataPoint(x: 0, y: 0.3), DataPoint(x: 1, y: 0.32)])
        let c = Self.chart(s, levels: [ReferenceLevel(y: 0.1, label: "baseline level")])
        let y = ResolvedAxis.resolve(c.yAxis, values: LineChartRenderer.yValues(c))
        #expect(y.lower <= 0.1)
        let svg = LineChartRenderer.render(c)
        #expect(svg.contains(">baseline level<"))
        #expect(svg.contains("stroke-dasharray=\"2 3\""))
        #expect(svg.contains("Horizontal reference lines: baseline level at 0.1."))
        #expect(LineChartRenderer.render(c) == svg, "deterministic")
    }

    @Test func longNotesWrapInsideANarrowChart() {
        let note = "shaded band on neuron counts: 95% CI of the mean (t interval over 5 seeds), clamped at 0"
        let lines = ChartShell.wrappedNotes([note, "short"], width: ChartRenderer.narrowWidth - 32)
        #expect(lines.count >= 3 && lines.last == "short")
        #expect(lines.allSatisfy { XMLText.width($0, fontSize: 11) <= ChartRenderer.narrowWidth - 32 }, "\(lines)")
        #expect(lines.dropLast().joined(separator: " ") == note)
        #expect(ChartShell.wrappedNotes([note], width: 720) == [note], "a note that fits stays one line")
    }

    @Test func overlayKeepsBandKindAndGhostsAnExplicitStyleOnTheASide() throws {
        let fixed = SeriesStyle(colorIndex: 6, dash: nil, marker: .cross)
        var s = Self.counts(.confidenceInterval95(floor: 0))
        s.style = fixed
        let c = Self.chart(s)
        guard case .line(let o) = ChartRenderer.overlay(.line(c), .line(c), labelA: "before", labelB: "after") else {
            Issue.record("not a line chart"); return
        }
        #expect(o.series.count == 2)
        #expect(o.series.allSatisfy { $0.band == .confidenceInterval95(floor: 0) })
        let a = try #require(o.series[0].style), b = try #require(o.series[1].style)
        #expect(a.ghosted && a.dash == ChartStyle.ghostDash && a.colorIndex == 6)
        #expect(b == fixed)
        #expect(LineChartRenderer.yValues(o).allSatisfy { $0 >= 0 })
    }

    @Test func explicitSeriesStyleWinsOverTheKeyStyle() {
        let fixed = SeriesStyle(colorIndex: 6, dash: "2 3", marker: .cross)
        let t = StyleTable(series: [Series(key: "a", label: "a", points: [], style: fixed), Series(key: "b", label: "b", points: [])])
        #expect(t["a"] == fixed)
        #expect(t["b"] == StyleTable(keys: ["b"])["b"])
    }

    @Test func groupHeadingsPrintOncePerGroupAndEmphasisFramesAPanel() {
        func panel(_ i: Int, _ group: String, emphasised: Bool = false) -> LineChart {
            LineChart(id: "p\(i)", title: "variant \(i % 2)", description: "d", xAxis: Axis(title: "x"), yAxis: Axis(title: group),
                      series: [Series(key: "k", label: "k", points: [DataPoint(x: 0, y: 1), DataPoint(x: 1, y: 2)])],
                      group: group, emphasised: emphasised)
        }
        let m = SmallMultiples(id: "m", title: "t", description: "d",
                               panels: [panel(0, "metric A", emphasised: true), panel(1, "metric A"), panel(2, "metric B"), panel(3, "metric B")],
                               columns: 2, sharedY: false)
        #expect(SmallMultiplesRenderer.groupHeadings(m.panels, columns: 2, rows: 2) == ["metric A", "metric B"])
        #expect(SmallMultiplesRenderer.groupHeadings(m.panels, columns: 1, rows: 4) == ["metric A", nil, "metric B", nil])
        let wide = ChartRenderer.render(.multiples(m)), narrow = ChartRenderer.renderNarrow(.multiples(m))
        for svg in [wide, narrow] {
            #expect(svg.components(separatedBy: ">metric A<").count - 1 == 1)
            #expect(svg.components(separatedBy: ">metric B<").count - 1 == 1)
            #expect(svg.components(separatedBy: "rx=\"4\" fill=\"none\"").count - 1 == 1, "one framed panel")
            #expect(parsesAsXML(svg))
        }
    }
}
