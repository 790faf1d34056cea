import Testing
@testable import SVGCharts

@Suite struct SpecificationCurveTests {
    static let curve = SpecificationCurve(
        id: "spec-x", title: "Spec", description: "d", yTitle: "Δ", choiceRows: ["A", "B"],
        columns: [
            .init(label: "default", estimate: 0.2, low: 0.1, high: 0.3, verdict: "PASS", alternatives: [false, false]),
            .init(label: "a", estimate: -0.1, low: -0.2, high: 0.05, verdict: "INCONCLUSIVE", alternatives: [true, false]),
            .init(label: "nan", estimate: .nan, low: .nan, high: .nan, verdict: "INCONCLUSIVE", alternatives: [false, true]),
            .init(label: "b", estimate: -0.3, low: -0.4, high: -0.2, verdict: "FAIL", alternatives: [false, true]),
        ], intervalDescription: "bars: 95% CI")

    @Test func columnsAreSortedByEstimateWithNonFiniteLast() {
        #expect(Self.curve.sortedColumns.map(\.label) == ["b", "a", "default", "nan"])
    }

    @Test func rendersOneMarkPerFiniteColumnAZeroLineAndOneDotPerChoiceCell() {
        let svg = SpecificationCurveRenderer.render(Self.curve)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.components(separatedBy: "class=\"svgc-spec\"").count - 1 == 3)
        #expect(svg.contains("stroke-dasharray=\"5 4\" class=\"svgc-ref\""))
        // 2 rows × 4 columns: 3 alternatives used (filled, r 4.5) and 5 defaults kept (rings, r 2).
        #expect(svg.components(separatedBy: "r=\"2\" fill=\"none\"").count - 1 == 5)
        #expect(svg.contains("aria-label=\"b: -0.300 [-0.400, -0.200], FAIL\""))
        #expect(SpecificationCurveRenderer.render(Self.curve) == svg, "deterministic")
    }

    @Test func dataTableListsColumnsInPlottedOrder() {
        let html = SpecificationCurveRenderer.dataTable(Self.curve)
        let b = html.range(of: "<td>b</td>")!.lowerBound, d = html.range(of: "<td>default</td>")!.lowerBound
        #expect(b < d)
        #expect(html.contains("<td>nan</td><td class=\"num\">NaN</td>"))
    }
}
