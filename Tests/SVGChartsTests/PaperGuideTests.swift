import Foundation
import Testing
@testable import SVGCharts

extension Fixtures {
    /// Four panels, one per kind of paper guide: a rising trend, a series order, the expected
    /// side of a zero-effect level (hatched) and "after x" (dotted line and arrow).
    static var guided: SmallMultiples {
        func panel(_ id: String, _ guide: PaperGuide, levels: [ReferenceLevel] = []) -> LineChart {
            LineChart(id: id, title: id, description: "panel \(id)", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
                      series: [Series(key: "a", label: "a", points: curve(0.5, 0.1, spread: 0.05, count: 9))],
                      bandDescription: "shaded band: ±1 std over 3 seeds", referenceLevels: levels, guide: guide)
        }
        return SmallMultiples(
            id: "fig-guides", title: "What the paper expects, four ways", description: "Guides of each kind",
            panels: [panel("trend", PaperGuide(mark: .trend(rising: false), text: "paper expects: falls with x")),
                     panel("order", PaperGuide(mark: .order(above: true), text: "paper expects: pruned higher")),
                     panel("side", PaperGuide(mark: .side(y: 0.6, above: true), text: "paper expects: above the level (hatched)"),
                           levels: [ReferenceLevel(y: 0.6, label: "no effect")]),
                     panel("after", PaperGuide(mark: .after(x: 50), text: "paper expects: later than step 50"))],
            columns: 2, sharedY: true)
    }
}

/// ``PaperGuide``: what the paper expects, drawn on a panel (issue 25 item 3).
@Suite struct PaperGuideTests {
    static func line(_ guide: PaperGuide?, points: [DataPoint] = Fixtures.curve(0.5, 0.1, spread: 0.05, count: 9)) -> LineChart {
        LineChart(id: "g", title: "t", description: "d", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
                  series: [Series(key: "a", label: "a", points: points)], guide: guide)
    }

    @Test func eachKindDrawsItsLabelArrowAndRegion() {
        let trend = ChartRenderer.render(.line(Self.line(PaperGuide(mark: .trend(rising: true), text: "paper expects: rises"))))
        #expect(trend.contains(">paper expects: rises</text>") && trend.contains("font-style=\"italic\""))
        #expect(trend.contains("class=\"svgc-muted svgc-guide\""), "the arrow head and label, recoloured in dark mode")
        #expect(!trend.contains("<pattern"), "a trend hatches nothing")
        let side = ChartRenderer.render(.line(Self.line(PaperGuide(mark: .side(y: 0.6, above: false), text: "paper expects: below"))))
        #expect(side.contains("<pattern id=\"g-hatch-0\"") && side.contains("fill=\"url(#g-hatch-0)\""))
        let after = ChartRenderer.render(.line(Self.line(PaperGuide(mark: .after(x: 50), text: "paper expects: later"))))
        #expect(after.contains("stroke-dasharray=\"1 3\"") && !after.contains("<pattern"))
        #expect(!ChartRenderer.render(.line(Self.line(nil))).contains("svgc-guide"))
    }

    @Test func theHatchCoversTheExpectedSideOfTheLevel() throws {
        func hatch(above: Bool) throws -> (top: Double, height: Double) {
            let svg = ChartRenderer.render(.line(Self.line(PaperGuide(mark: .side(y: 0.6, above: above), text: "paper expects: side"))))
            let rect = try #require(svg.components(separatedBy: "\n").first { $0.contains("url(#g-hatch-0)") })
            func attr(_ name: String) throws -> Double {
                let v = try #require(rect.components(separatedBy: " \(name)=\"").dropFirst().first?.components(separatedBy: "\"").first)
                return try #require(Double(v))
            }
            return (try attr("y"), try attr("height"))
        }
        let up = try hatch(above: true), down = try hatch(above: false)
        #expect(up.height > 0 && down.height > 0)
        #expect(abs(up.top + up.height - down.top) < 0.02, "both meet at the level: above it, then below it")
        #expect(abs(up.height + down.height - (LineChartRenderer.plotHeight - LineChartRenderer.stripRowHeight)) < 0.02,
                "together they fill the plot, whose height gave the guide its strip row")
    }

    @Test func theGuideTakesAStripRowAndWidensTheAxesToItsAnchor() {
        #expect(LineChartRenderer.stripRows(Self.line(PaperGuide(mark: .trend(rising: true), text: "t"))) == 1)
        #expect(LineChartRenderer.stripRows(Self.line(nil)) == 0)
        let side = Self.line(PaperGuide(mark: .side(y: -2, above: true), text: "t"))
        #expect(LineChartRenderer.yValues(side).min() == -2, "the level is on the y axis")
        let after = Self.line(PaperGuide(mark: .after(x: 5000), text: "t"))
        #expect(LineChartRenderer.xValues(after).max() == 5000, "the event's x is on the x axis")
        let svg = ChartRenderer.render(.line(side))
        #expect(svg.contains("Guide: T (hatched: the side above -2)."), "the guide in the <desc>")
    }

    /// The guide's strip row comes out of the plot: the figure keeps its height (and the printed
    /// report its page count).
    @Test func aGuideLeavesTheFigureSizeUnchanged() {
        func viewBox(_ svg: String) -> String? { svg.components(separatedBy: "viewBox=\"").dropFirst().first?.components(separatedBy: "\"").first }
        let guide = PaperGuide(mark: .trend(rising: true), text: "paper expects: rises")
        #expect(viewBox(ChartRenderer.render(.line(Self.line(guide)))) == viewBox(ChartRenderer.render(.line(Self.line(nil)))))
        var plain = Fixtures.guided
        for k in plain.panels.indices { plain.panels[k].guide = nil }
        for render in [ChartRenderer.render, ChartRenderer.renderNarrow] {
            #expect(viewBox(render(.multiples(Fixtures.guided))) == viewBox(render(.multiples(plain))))
        }
    }

    @Test func labelsStayLegibleWhenLong() {
        #expect(GuidePainter.size("paper expects: rises", available: 300) == 11)
        let long = String(repeating: "paper expects: much ", count: 10)
        #expect(GuidePainter.size(long, available: 200) == 10, "shrinks, but never below 10 units")
        #expect(GuidePainter.size("paper expects: a little too long for it", available: 200) >= 10)
    }

    /// The guide's grey stays clear of both backgrounds with and without deuteranopia (grey is
    /// grey to every observer), and is not confused with the black series colour.
    @Test func inkStaysVisibleInLightAndDarkModeAndUnderDeuteranopia() {
        let light = PaletteVisionTests.rgb(GuidePainter.ink), white = PaletteVisionTests.rgb("#FFFFFF")
        let css = ChartStyle.css
        #expect(css.contains(".svgc-muted{fill:#b0b0b0}") && css.contains(".svgc-ref{stroke:#bbbbbb}"),
                "the dark-mode colours of the guide's classes")
        let darkBackground = PaletteVisionTests.rgb("#1B1B1B")
        for (ink, background) in [(light, white), (PaletteVisionTests.rgb("#B0B0B0"), darkBackground),
                                  (PaletteVisionTests.rgb("#BBBBBB"), darkBackground)] {
            #expect(PaletteVisionTests.deltaE(ink, background) >= 40)
            #expect(PaletteVisionTests.deltaE(PaletteVisionTests.simulated(ink), PaletteVisionTests.simulated(background)) >= 40)
        }
        #expect(PaletteVisionTests.deltaE(light, PaletteVisionTests.rgb(ChartStyle.palette[0])) >= 30, "apart from the black series")
    }

    @Test func narrowRenderingKeepsTheGuideInsideTheFigure() {
        let svg = ChartRenderer.renderNarrow(.multiples(Fixtures.guided))
        #expect(svg.components(separatedBy: "svgc-muted svgc-guide").count - 1 == 9, "four labels, four glyph heads and the head of the after arrow")
        for text in ["paper expects: falls with x", "paper expects: pruned higher", "paper expects: above the level (hatched)",
                     "paper expects: later than step 50"] {
            #expect(XMLText.width(text, fontSize: GuidePainter.fontSize) + GuidePainter.glyphWidth < ChartRenderer.narrowWidth - 80)
        }
    }
}
