import Foundation
import Markup
@testable import SVGCharts
import Testing

@Suite struct RenderingTests {
    func line(_ points: [DataPoint], id: String = "t", bands: Bool = false, xAxis: Axis = Axis(title: "x")) -> LineChart {
        LineChart(id: id, title: "T", description: "D", xAxis: xAxis, yAxis: Axis(title: "y"),
                  series: [Series(key: "k", label: "S", points: points)],
                  bandDescription: bands ? "band" : nil)
    }

    @Test func nanBreaksTheLineAndIsListedInDesc() {
        var points = (0..<10).map { DataPoint(x: Double($0), y: Double($0 * $0)) }
        points[4].y = .nan
        points[7].y = .infinity
        let svg = ChartRenderer.render(.line(line(points)))
        #expect(parsesAsXML(svg))
        let paths = seriesPaths(in: svg)
        #expect(paths.count == 1)
        let d = attributeValues("d", in: paths[0]).first ?? ""
        #expect(d.filter { $0 == "M" }.count == 3, "\(d)")
        #expect(!d.contains("NaN") && !d.contains("∞"))
        let desc = svg.components(separatedBy: "<desc").dropFirst().first ?? ""
        #expect(desc.contains("S at x=4: y=NaN"))
        #expect(desc.contains("S at x=7: y=∞"))
    }

    @Test func nonFiniteBandEdgesAndXDoNotCrash() {
        let points = [DataPoint(x: 0, y: 1, lower: 0.5, upper: .nan), DataPoint(x: .nan, y: 2),
                      DataPoint(x: 2, y: 3, lower: -.infinity, upper: 4), DataPoint(x: 3, y: 2, lower: 1, upper: 3),
                      DataPoint(x: 4, y: 2, lower: 1, upper: 3)]
        let svg = ChartRenderer.render(.line(line(points, bands: true)))
        #expect(parsesAsXML(svg))
        #expect(!svg.contains("NaN\" ") && !svg.contains("d=\"MNaN"))
        #expect(svg.contains("upper=NaN"))
    }

    @Test func allNaNSeriesShowsNoData() {
        let points = [DataPoint(x: 0, y: .nan), DataPoint(x: 1, y: .nan)]
        let svg = ChartRenderer.render(.line(line(points)))
        #expect(parsesAsXML(svg))
        #expect(svg.contains(">no data</text>"))
    }

    @Test func emptyChartShowsAxesAndNoData() {
        let empty = LineChart(id: "e", title: "Empty", description: "nothing", xAxis: Axis(title: "x"),
                              yAxis: Axis(title: "y"), series: [])
        let svg = ChartRenderer.render(.line(empty))
        #expect(parsesAsXML(svg))
        #expect(svg.contains(">no data</text>"))
        #expect(svg.contains("class=\"svgc-axis\""))
        let none: [DataPoint] = []
        let emptySeries = ChartRenderer.render(.line(line(none)))
        #expect(emptySeries.contains(">no data</text>"))
        let bars = BarChart(id: "b", title: "B", description: "d", categories: [], groups: [], yAxis: Axis(title: "y"))
        #expect(parsesAsXML(ChartRenderer.render(.bar(bars))))
        let multiples = SmallMultiples(id: "m", title: "M", description: "d", panels: [], columns: 0)
        #expect(parsesAsXML(ChartRenderer.render(.multiples(multiples))))
    }

    @Test func singlePointIsAMarker() {
        let one = [DataPoint(x: 3, y: 7)]
        let svg = ChartRenderer.render(.line(line(one)))
        #expect(parsesAsXML(svg))
        #expect(seriesPaths(in: svg).isEmpty)
        let style = ChartStyle.style(forKey: "k")
        let markerClass = style.marker == .cross ? "svgc-s\(style.colorIndex)\"" : "svgc-f\(style.colorIndex) svgc-mk"
        // One marker in the legend swatch and one at the point.
        #expect(svg.components(separatedBy: markerClass).count - 1 == 2)
        #expect(!svg.contains(">no data</text>"))
    }

    @Test func idsAreUniqueAcrossChartsOnOnePage() {
        let page = Fixtures.snapshots.map { ChartRenderer.render($0.1) }.joined(separator: "\n")
        let all = Fixtures.snapshots.map { ChartRenderer.render($0.1) }.flatMap(ids(in:))
        #expect(Set(all).count == all.count, "duplicate ids: \(all.filter { id in all.filter { $0 == id }.count > 1 })")
        #expect(!page.isEmpty)
        for (_, chart) in Fixtures.snapshots {
            let prefix = chart.id + "-"
            #expect(ids(in: ChartRenderer.render(chart)).allSatisfy { $0.hasPrefix(prefix) })
        }
        let refs = attributeValues("clip-path", in: ChartRenderer.render(.multiples(Fixtures.multiples)))
        #expect(refs.count == 4 && Set(refs).count == 4)
    }

    @Test func textIsEscaped() {
        let nasty = "A & B <\"q\"> 'x'"
        var chart = line([DataPoint(x: 0, y: 1), DataPoint(x: 1, y: 2)])
        chart.title = nasty
        chart.series[0].label = "<script>alert(1)</script>"
        chart.xAxis.title = nasty
        let svg = ChartRenderer.render(.line(chart))
        #expect(parsesAsXML(svg))
        #expect(svg.contains("A &amp; B &lt;&quot;q&quot;&gt; &#39;x&#39;"))
        #expect(!svg.contains("<script>"))
        let table = ChartRenderer.dataTable(.line(chart))
        #expect(parsesAsXML(table))
        #expect(table.contains("&lt;script&gt;"))
        #expect(Escape.xml("a\u{0}b\u{1B}c") == "abc")
    }

    @Test func hostileChartIDsBecomeSafeIDs() {
        let svg = ChartRenderer.render(.line(line([DataPoint(x: 0, y: 1)], id: "fig 1/\"x\"")))
        #expect(parsesAsXML(svg))
        #expect(ids(in: svg).allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } })
    }

    @Test func accessibilityWiring() {
        let svg = ChartRenderer.render(.line(Fixtures.lineWithBands))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 "))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"fig-loss-title-0 fig-loss-desc-0\""))
        #expect(svg.contains("<title id=\"fig-loss-title-0\">InfoNCE loss during training</title>"))
        #expect(svg.contains("@media (prefers-color-scheme: dark)"))
        #expect(svg.contains("shaded band: ±1 std over 3 seeds"))
    }

    @Test func styleIsAPureFunctionOfTheKey() {
        #expect(ChartStyle.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(ChartStyle.style(forKey: "brelu") == ChartStyle.style(forKey: "brelu"))
        let a = ChartStyle.style(forKey: ChartStyle.overlayPrefixA + "brelu")
        #expect(a.colorIndex == ChartStyle.style(forKey: "brelu").colorIndex && a.ghosted && a.dash != nil)
        #expect(ChartStyle.style(forKey: ChartStyle.overlayPrefixB + "brelu").dash == nil)
        // The same key draws with the same colour class in different charts.
        let color = "svgc-s\(StyleTable(keys: ["brelu", "linear"])["brelu"].colorIndex)"
        #expect(ChartRenderer.render(.line(Fixtures.lineWithBands)).contains(color))
        #expect(ChartRenderer.render(.line(Fixtures.overlay.lineChart!)).contains(color))
    }

    @Test func styleTableResolvesColourClashesIndependentlyOfOrder() {
        let keys = ["brelu", "relu", "linear", "random", "sgd", "adam", "infonce", "triplet"]
        let table = StyleTable(keys: keys)
        #expect(Set(keys.map { table[$0].colorIndex }).count == 8)
        let reversed = StyleTable(keys: keys.reversed())
        #expect(keys.allSatisfy { table[$0] == reversed[$0] })
        let overlay = StyleTable(keys: [ChartStyle.overlayPrefixA + "relu", ChartStyle.overlayPrefixB + "relu", "brelu"])
        #expect(overlay[ChartStyle.overlayPrefixA + "relu"].colorIndex == overlay[ChartStyle.overlayPrefixB + "relu"].colorIndex)
        #expect(overlay[ChartStyle.overlayPrefixA + "relu"].colorIndex != overlay["brelu"].colorIndex)
        // A key alone keeps its preferred style.
        #expect(StyleTable(keys: ["relu"])["relu"] == ChartStyle.style(forKey: "relu"))
        // More than 8 keys: colours repeat but nothing crashes.
        let many = StyleTable(keys: (0..<20).map { "k\($0)" })
        #expect(many.styles.count == 20)
    }

    @Test func overlayKeepsKindsAndLabelsBothSides() {
        guard case .line(let o) = Fixtures.overlay else { Issue.record("not a line chart"); return }
        #expect(o.series.count == 4)
        #expect(o.series.map(\.label).contains("BReLU encoder (previous run)"))
        #expect(o.series.map(\.label).contains("BReLU encoder (this run)"))
        #expect(o.id == "fig-loss-overlay")
        let mixed = ChartRenderer.overlay(.bar(Fixtures.bars), .line(Fixtures.logX), labelA: "a", labelB: "b")
        #expect(mixed == .line(Fixtures.logX))
        guard case .bar(let bars) = ChartRenderer.overlay(.bar(Fixtures.bars), .bar(Fixtures.bars), labelA: "a", labelB: "b"),
              case .multiples(let m) = ChartRenderer.overlay(.multiples(Fixtures.multiples), .multiples(Fixtures.multiples), labelA: "a", labelB: "b")
        else { Issue.record("kind changed"); return }
        #expect(bars.groups.count == 6 && bars.groups[0].label == "BReLU encoder (a)" && bars.groups[1].label == "BReLU encoder (b)")
        #expect(m.panels.count == 4 && m.panels.allSatisfy { $0.series.count == 4 })
        #expect(parsesAsXML(ChartRenderer.render(.bar(bars))) && parsesAsXML(ChartRenderer.render(.multiples(m))))
    }

    @Test func logAxisSkipsNonPositiveValues() {
        let points = [DataPoint(x: 0, y: 1), DataPoint(x: 1, y: 2), DataPoint(x: 10, y: 3), DataPoint(x: 100, y: 4)]
        let svg = ChartRenderer.render(.line(line(points, xAxis: Axis(title: "x", scale: .log10))))
        #expect(parsesAsXML(svg))
        #expect(svg.contains("S at x=0: x=0"))
        #expect(svg.contains(">100</text>"))
    }

    @Test func lineDataTableKeepsNaNVisibleAndUsesOneFormatPerColumn() {
        let points = [DataPoint(x: 1, y: 0.5, lower: 0.25, upper: 0.75), DataPoint(x: 2, y: .nan, lower: .nan, upper: .nan),
                      DataPoint(x: 3, y: 0.125, lower: 0.1, upper: 0.2)]
        let table = ChartRenderer.dataTable(.line(line(points, bands: true)))
        #expect(parsesAsXML(table))
        #expect(table.contains("<tr><th scope=\"row\">S</th><td>1</td><td>0.500</td><td>0.25</td><td>0.75</td></tr>"))
        #expect(table.contains("<td>NaN</td>"))
    }

    @Test(arguments: [(1e-300, 1e300), (-1e308, 1e308), (1e6, 1e6 + 1e-9), (-5, -5), (0, 1e-320), (3, .greatestFiniteMagnitude)])
    func extremeRangesDoNotCrash(range: (Double, Double)) {
        let points = [DataPoint(x: range.0, y: range.0), DataPoint(x: range.1, y: range.1)]
        for scale in [AxisScale.linear, .log10] {
            var chart = line(points, xAxis: Axis(title: "x", scale: scale))
            chart.yAxis.scale = scale
            let svg = ChartRenderer.render(.line(chart))
            #expect(parsesAsXML(svg))
            #expect(!attributeValues("viewBox", in: svg).joined().contains("NaN"))
            if scale == .linear { #expect(!svg.contains("=\"NaN\""), "NaN coordinate for \(range)") }
        }
        let bars = BarChart(id: "b", title: "B", description: "d", categories: ["a", "b"],
                            groups: [BarGroup(key: "g", label: "g", values: [range.0, range.1], errors: [range.1, 1])],
                            yAxis: Axis(title: "y"))
        #expect(parsesAsXML(ChartRenderer.render(.bar(bars))))
        _ = TickGenerator.linear(min: range.0, max: range.1)
        _ = TickGenerator.niceDomain(min: range.0, max: range.1)
    }

    @Test func barChartDrawsWhiskersAndLegendBelow() {
        let svg = ChartRenderer.render(.bar(Fixtures.bars))
        #expect(svg.contains("error bars: ±1 std over 5 seeds"))
        #expect(svg.components(separatedBy: "<path d=\"M").count - 1 == 9)
        let table = ChartRenderer.dataTable(.bar(Fixtures.bars))
        #expect(table.contains("<td>97.8 ± 0.2</td>"))
        #expect(table.contains("<td>85.0 ± 1.0</td>"))
    }
}
