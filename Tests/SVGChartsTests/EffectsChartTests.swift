import Foundation
import TestSupport
import Testing
@testable import SVGCharts

@Suite struct EffectsChartTests {
    typealias Bar = EffectsChart.Bar

    /// A 2^5 design's effects on one claim: values are plain decimals, so the bytes are the same everywhere.
    static let bars: [Bar] = [
        Bar(label: "Learning rate", kind: .main, estimate: 0.012, low: -0.05, high: 0.074, significant: false),
        Bar(label: "Dictionary M", kind: .main, estimate: 0.41, low: 0.3, high: 0.52, significant: true),
        Bar(label: "Training data × Bias start", kind: .interaction, estimate: -0.18, low: -0.29, high: -0.07, significant: true),
        Bar(label: "Bias start", kind: .main, estimate: 0.22, low: 0.1, high: 0.34, significant: true),
        Bar(label: "Training data", kind: .main, estimate: -0.09, low: -0.21, high: 0.03, significant: false),
        Bar(label: "Dictionary M × Pruning schedule = Training data × Bias start × Learning rate",
            kind: .interaction, estimate: 0.07, low: -0.04, high: 0.18, significant: false),
        Bar(label: "Pruning schedule", kind: .main, estimate: 0.05, low: .nan, high: .nan, significant: false),
        Bar(label: "Dictionary M × Bias start", kind: .interaction, estimate: 0.15, low: 0.02, high: 0.28, significant: true),
        Bar(label: "Bias start × Learning rate", kind: .interaction, estimate: 0.004, low: -0.1, high: 0.108, significant: false),
        Bar(label: "Seed block", kind: .main, estimate: .nan, low: .nan, high: .nan, significant: false),
    ]

    static func chart(_ bars: [Bar] = bars, maxBars: Int = 8) -> EffectsChart {
        EffectsChart(id: "effects-c1", title: "Factorial effects on claim C1 (Δ accuracy)",
                     description: "Estimated main effects and two-factor interactions of the 2^5 design on the claim's effect, sorted by size.",
                     xTitle: "effect on Δ accuracy (percentage points)", bars: bars, maxBars: maxBars,
                     intervalDescription: "whiskers: 95% t intervals over seeds, Holm-adjusted across the effects")
    }

    /// The `<g class="svgc-effect" …>` … `</g>` blocks of `svg`, in document order.
    static func barGroups(_ svg: String) -> [String] {
        svg.components(separatedBy: "<g class=\"svgc-effect\"").dropFirst().map { $0.components(separatedBy: "</g>")[0] }
    }

    @Test func snapshot() {
        let svg = EffectsChartRenderer.render(Self.chart())
        Snapshot.expectMatches(svg, named: "effects-pareto.svg", in: .module)
        Snapshot.expectMatches(EffectsChartRenderer.dataTable(Self.chart()), named: "effects-pareto-table.html", in: .module)
        #expect(parsesAsXML(svg))
        #expect(parsesAsXML(EffectsChartRenderer.dataTable(Self.chart())))
    }

    @Test func barsAreSortedByAbsoluteEstimateWithNonFiniteLastAndTiesInOrder() {
        let sorted = Self.chart().sortedBars.map(\.label)
        #expect(sorted.prefix(4) == ["Dictionary M", "Bias start", "Training data × Bias start", "Dictionary M × Bias start"])
        #expect(sorted.last == "Seed block")
        let abs = Self.chart().sortedBars.map { Swift.abs($0.estimate) }.filter(\.isFinite)
        #expect(abs == abs.sorted(by: >))
        let ties = [Bar(label: "p", kind: .main, estimate: 0.2, low: 0, high: 1, significant: false),
                    Bar(label: "n", kind: .main, estimate: -0.2, low: -1, high: 0, significant: false),
                    Bar(label: "inf", kind: .main, estimate: -.infinity, low: 0, high: 1, significant: false),
                    Bar(label: "q", kind: .main, estimate: 0.2, low: 0, high: 1, significant: false)]
        #expect(Self.chart(ties).sortedBars.map(\.label) == ["p", "n", "q", "inf"])
        // The drawing follows the same order.
        let svg = EffectsChartRenderer.render(Self.chart())
        let drawn = Self.barGroups(svg).map { g in g.components(separatedBy: "<title>")[1].components(separatedBy: "</title>")[0] }
        #expect(drawn == Self.chart().sortedBars.prefix(8).map(\.label))
    }

    @Test func maxBarsDrawsTheLargestAndCountsTheRestInAFootnote() {
        let svg = EffectsChartRenderer.render(Self.chart(maxBars: 3))
        #expect(Self.barGroups(svg).count == 3)
        #expect(svg.contains(">+7 smaller effects not shown (all are in the data table)</text>"))
        #expect(!svg.contains(">Learning rate</text>"))
        let one = EffectsChartRenderer.render(Self.chart(maxBars: 9))
        #expect(one.contains(">+1 smaller effect not shown"))
        let all = EffectsChartRenderer.render(Self.chart(maxBars: 10))
        #expect(Self.barGroups(all).count == 10)
        #expect(!all.contains("not shown"))
        // The table keeps every effect.
        #expect(EffectsChartRenderer.dataTable(Self.chart(maxBars: 3)).components(separatedBy: "<th scope=\"row\">").count - 1 == 10)
    }

    @Test func nonFiniteIntervalsDrawNoWhisker() {
        let groups = Self.barGroups(EffectsChartRenderer.render(Self.chart(maxBars: 10)))
        func group(_ label: String) -> String { groups.first { $0.contains("<title>\(label)</title>") }! }
        #expect(group("Dictionary M").contains("<path d="))
        #expect(!group("Pruning schedule").contains("<path d="))
        #expect(group("Pruning schedule").contains("<rect "))
        // A non-finite estimate: no bar, no whisker, a note instead.
        #expect(!group("Seed block").contains("<rect ") && !group("Seed block").contains("<path d="))
        #expect(group("Seed block").contains(">no estimate (NaN)</text>"))
        #expect(groups.filter { $0.contains("<path d=") }.count == 8)
        let oneEnd = [Bar(label: "half", kind: .main, estimate: 0.3, low: 0.1, high: .infinity, significant: true)]
        #expect(!Self.barGroups(EffectsChartRenderer.render(Self.chart(oneEnd))).first!.contains("<path d="))
    }

    @Test func styleFollowsKindAndSignificance() {
        let groups = Self.barGroups(EffectsChartRenderer.render(Self.chart(maxBars: 10)))
        func rect(_ label: String) -> String {
            groups.first { $0.contains("<title>\(label)</title>") }!.split(separator: "\n").first { $0.contains("<rect ") }.map(String.init)!
        }
        #expect(rect("Dictionary M").contains("fill=\"#0072B2\""))
        #expect(rect("Training data").contains("fill=\"none\" stroke=\"#0072B2\""))
        #expect(rect("Dictionary M × Bias start").contains("fill=\"url(#effects-c1-hatch-0)\""))
        #expect(rect("Bias start × Learning rate").contains("stroke-dasharray=\"4 2\""))
        #expect(groups.contains { $0.contains("aria-label=\"Training data × Bias start: -0.180 [-0.290, -0.070], interaction, interval excludes 0 (Holm)\"") })
    }

    @Test func longLabelsAreTruncatedWithTheFullTextInTheTitle() {
        let svg = EffectsChartRenderer.render(Self.chart(maxBars: 10))
        let long = Self.bars[5].label
        let g = Self.barGroups(svg).first { $0.contains("<title>\(long)</title>") }!
        let texts = g.components(separatedBy: "class=\"svgc-text\">").dropFirst().map { $0.components(separatedBy: "</text>")[0] }
        #expect(texts.count == 1)
        #expect(texts[0].hasSuffix("…") && texts[0].count <= EffectsChartRenderer.maxLabelCharacters)
        #expect(long.hasPrefix(String(texts[0].dropLast())))
        #expect(EffectsChartRenderer.displayLabel("Dictionary M", maxWidth: 250) == "Dictionary M")
        #expect(EffectsChartRenderer.displayLabel("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", maxWidth: 100).count < 30)
    }

    @Test func sameInputGivesIdenticalBytes() {
        let a = EffectsChartRenderer.render(Self.chart()), b = EffectsChartRenderer.render(Self.chart())
        #expect(a == b)
        #expect(EffectsChartRenderer.dataTable(Self.chart()) == EffectsChartRenderer.dataTable(Self.chart()))
        // Input order matters only through the sort: reversed input (no ties) draws the same bytes.
        #expect(EffectsChartRenderer.render(Self.chart(Self.bars.reversed())) == a)
    }

    @Test func emptyChartDrawsNoData() {
        let svg = EffectsChartRenderer.render(Self.chart([]))
        #expect(svg.contains(">no data</text>"))
        #expect(Self.barGroups(svg).isEmpty)
        // The zero line (the one <line> with its own stroke) is left out so it does not cross the note.
        func zeroLines(_ s: String) -> Int { s.split(separator: "\n").filter { $0.contains("<line ") && $0.contains("stroke=\"#333333\"") }.count }
        #expect(zeroLines(svg) == 0)
        #expect(zeroLines(EffectsChartRenderer.render(Self.chart())) == 1)
        #expect(parsesAsXML(svg))
        #expect(!EffectsChartRenderer.render(Self.chart()).contains(">no data</text>"))
    }

    @Test func domainIncludesZeroEveryIntervalEndAndBothSides() {
        let (lo, hi) = EffectsChartRenderer.domain([0.41, 0.3, 0.52, 0.05, .nan, .infinity])
        #expect(lo < 0 && lo >= -0.2 && hi >= 0.52 && hi <= 0.6)
        let (lo2, hi2) = EffectsChartRenderer.domain([-3, -4, -1])
        #expect(lo2 <= -4 && hi2 > 0)
        let (lo3, hi3) = EffectsChartRenderer.domain([])
        #expect(lo3 < 0 && hi3 > 0)
    }

    @Test func accessibilityAndIDs() {
        let svg = EffectsChartRenderer.render(Self.chart())
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"effects-c1-title-0 effects-c1-desc-0\""))
        let all = ids(in: svg)
        #expect(Set(all).count == all.count)
        #expect(all.allSatisfy { $0.hasPrefix("effects-c1-") })
        // No text smaller than 11 px.
        #expect(attributeValues("font-size", in: svg).allSatisfy { Double($0)! >= 11 })
        #expect(svg.contains("The 8 largest of 10 effects are drawn."))
    }
}
