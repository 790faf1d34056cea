import Foundation
import Testing
@testable import SVGCharts

/// Axis domains come from the data with a small pad (issue 14).
@Suite struct AxisDomainTests {
    @Test func linearDomainStopsNearTheData() {
        let a = ResolvedAxis.resolve(Axis(title: "α"), values: [0, 0.3, 0.5, 0.9])
        #expect(a.upper < 1.0, "data stop at 0.9; upper = \(a.upper)")
        #expect(abs(a.upper - (0.9 + 0.04 * 0.9)) < 1e-12)
        #expect(a.lower == 0)
        #expect(a.ticks.allSatisfy { $0.value >= a.lower && $0.value <= a.upper })
        #expect(a.ticks.filter { !$0.label.isEmpty }.count >= 3)
    }

    @Test func nonNegativeDataNeverGetANegativeAxis() {
        let a = ResolvedAxis.resolve(Axis(title: "count"), values: [0, 3, 12, 40])
        #expect(a.lower == 0)
        let b = ResolvedAxis.resolve(Axis(title: "signed"), values: [-2, 3, 10])
        #expect(b.lower < -2 && b.lower > -3, "lower = \(b.lower)")
    }

    @Test func fixedMinimumKeepsCountsAtZeroWhenBandsDipBelow() {
        let a = ResolvedAxis.resolve(Axis(title: "count", min: 0), values: [-20, 5, 60])
        #expect(a.lower == 0)
        #expect(a.upper > 60 && a.upper < 64)
    }

    @Test func logDomainStartsNearTheData() {
        let a = ResolvedAxis.resolve(Axis(title: "ε", scale: .log10), values: [0.05, 0.1, 0.2, 0.5, 1])
        #expect(a.lower > 0.04 && a.lower < 0.05, "lower = \(a.lower)")
        #expect(a.upper > 1 && a.upper < 1.2, "upper = \(a.upper)")
        #expect(a.ticks.contains { $0.label == "0.05" })
        #expect(a.isUsable)
    }

    @Test func degenerateRangesFallBackToNiceDomains() {
        let a = ResolvedAxis.resolve(Axis(title: "y"), values: [5, 5])
        #expect(a.lower < 5 && a.upper > 5 && a.isUsable)
        let b = ResolvedAxis.resolve(Axis(title: "y", scale: .log10), values: [10])
        #expect(b.lower == 1 && b.upper == 100)
    }

    @Test func logScaleIsNotRepeatedInTheDescription() {
        let a = ResolvedAxis.resolve(Axis(title: "ε_min (log scale)", scale: .log10), values: [0.05, 1])
        #expect(!a.summary.contains("(log scale) (log scale)"))
        #expect(a.summary.hasPrefix("ε_min (log scale) from"))
        let b = ResolvedAxis.resolve(Axis(title: "step", scale: .log10), values: [1, 1000])
        #expect(b.summary.hasPrefix("step (log scale) from"))
    }

    @Test func sixSeriesGetFourHueFamiliesNoYellowAndFiveDistinctMarkers() {
        let keys = ["none-random", "none-identity", "weight90-identity", "weight50-random", "neuron50-random",
                    "competitor90-identity"]
        let t = StyleTable(keys: keys)
        let colors = keys.map { t[$0].colorIndex }
        #expect(Set(colors).count == 6)
        let families = Set(colors.map { StyleTable.family[$0] ?? $0 })
        #expect(families.count == 4, "colours \(colors)")
        #expect(!colors.contains(4), "yellow is faint on white; colours \(colors)")
        let four = StyleTable(keys: Array(keys.prefix(4)))
        #expect(Set(keys.prefix(4).map { StyleTable.family[four[$0].colorIndex] ?? four[$0].colorIndex }).count == 4)
        #expect(Set(keys.map { t[$0].marker }).count == 5)
    }

    /// Bluish green and reddish purple both turn grey under deuteranopia: a figure of up to four
    /// series never uses both.
    @Test func greenAndPurpleAreOneFamily() throws {
        #expect(StyleTable.family[3] == StyleTable.family[7])
        // Two keys that prefer bluish green (3) and reddish purple (7): one of them moves.
        let candidates = (0..<500).map { "k\($0)" }
        let green = try #require(candidates.first(where: { ChartStyle.style(forKey: $0).colorIndex == 3 }))
        let purple = try #require(candidates.first(where: { ChartStyle.style(forKey: $0).colorIndex == 7 }))
        let t = StyleTable(keys: [green, purple])
        #expect(Set([t[green].colorIndex, t[purple].colorIndex]) != [3, 7])
    }

    @Test func narrowRenderingStacksPanelsWithItsOwnIDs() {
        let p = (0..<3).map { i in
            LineChart(id: "p\(i)", title: "panel \(i)", description: "d", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
                      series: [Series(key: "k", label: "k", points: [DataPoint(x: 0, y: 1), DataPoint(x: 1, y: 2)])])
        }
        let chart = Chart.multiples(SmallMultiples(id: "m", title: "A fairly long title that would not fit in four hundred units",
                                                   description: "d", panels: p, columns: 3))
        let wide = ChartRenderer.render(chart), narrow = ChartRenderer.renderNarrow(chart)
        #expect(wide.contains("viewBox=\"0 0 830 "))
        #expect(narrow.contains("viewBox=\"0 0 400 "))
        #expect(narrow.contains("id=\"m-narrow-svg-0\"") && !narrow.contains("id=\"m-svg-0\""))
        #expect(narrow.contains("1 columns"))
        #expect(parsesAsXML(narrow))
    }

    @Test func longTitlesShrinkToFit() {
        #expect(ChartShell.titleSize("short", width: 400) == 15)
        let long = String(repeating: "a", count: 80)
        let size = ChartShell.titleSize(long, width: 400)
        #expect(size < 15 && size >= 10)
        #expect(XMLText.width(long, fontSize: size) <= 368 || size == 10)
    }

    @Test func perPanelYScalesWithDifferentTitlesDrawNoSharedYTitle() {
        func panel(_ t: String) -> LineChart {
            LineChart(id: t, title: t, description: "d", xAxis: Axis(title: "x"), yAxis: Axis(title: "y of " + t),
                      series: [Series(key: "k", label: "k", points: [DataPoint(x: 0, y: 1), DataPoint(x: 1, y: 2)])])
        }
        let differing = ChartRenderer.render(.multiples(SmallMultiples(id: "m", title: "T", description: "d",
                                                                        panels: [panel("a"), panel("b")], columns: 2, sharedY: false)))
        #expect(!differing.contains(">y of a</text>"))
        let shared = ChartRenderer.render(.multiples(SmallMultiples(id: "m", title: "T", description: "d",
                                                                     panels: [panel("a"), panel("b")], columns: 2, sharedY: true)))
        #expect(shared.contains(">y of a</text>"))
    }
}
