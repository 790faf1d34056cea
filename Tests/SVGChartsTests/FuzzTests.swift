import Testing
@testable import SVGCharts

/// Random charts (deterministic generator) with hostile values must render to well-formed XML
/// without trapping and without NaN coordinates.
@Suite struct FuzzTests {
    static let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, 1e-310, 1e300, -1e300, .greatestFiniteMagnitude]

    func value(_ rng: inout TestRNG) -> Double {
        switch rng.next() % 10 {
        case 0: return Self.specials[Int(rng.next() % UInt64(Self.specials.count))]
        case 1: return Double(rng.next() % 5)
        default: return rng.uniform(-1, 1) * pow10(Int(rng.next() % 13) - 6)
        }
    }

    func pow10(_ k: Int) -> Double { TickGenerator.pow10(k) }

    @Test func randomChartsRenderToWellFormedXML() {
        var rng = TestRNG(seed: 2024)
        for round in 0..<150 {
            let scale: AxisScale = rng.next() % 3 == 0 ? .log10 : .linear
            let series = (0..<Int(rng.next() % 4)).map { s in
                Series(key: "s\(s)", label: "series <\(s)>", points: (0..<Int(rng.next() % 12)).map { _ in
                    DataPoint(x: value(&rng), y: value(&rng), lower: rng.next() % 2 == 0 ? value(&rng) : nil,
                              upper: rng.next() % 2 == 0 ? value(&rng) : nil)
                })
            }
            let axisMin: Double? = rng.next() % 4 == 0 ? value(&rng) : nil
            let chart = LineChart(id: "f\(round)", title: "fuzz", description: "d", xAxis: Axis(title: "x", scale: scale),
                                  yAxis: Axis(title: "y", scale: rng.next() % 2 == 0 ? .linear : .log10, min: axisMin),
                                  series: series, bandDescription: rng.next() % 2 == 0 ? "band" : nil,
                                  shadedRanges: [ShadedRange(from: value(&rng), to: value(&rng), label: "r")],
                                  referenceLines: [ReferenceLine(x: value(&rng), label: "l")])
            let bars = BarChart(id: "b\(round)", title: "fuzz", description: "d", categories: ["a", "b", "c"],
                                groups: (0..<Int(rng.next() % 3)).map { g in
                                    BarGroup(key: "g\(g)", label: "g", values: (0..<Int(rng.next() % 4)).map { _ in value(&rng) },
                                             errors: rng.next() % 2 == 0 ? [value(&rng)] : nil)
                                }, yAxis: Axis(title: "y", scale: rng.next() % 3 == 0 ? .log10 : .linear))
            let multiples = SmallMultiples(id: "m\(round)", title: "m", description: "d", panels: [chart, chart],
                                           columns: Int(rng.next() % 3), sharedY: rng.next() % 2 == 0)
            for c in [Chart.line(chart), .bar(bars), .multiples(multiples)] {
                let svg = ChartRenderer.render(c)
                #expect(parsesAsXML(svg), "round \(round)")
                #expect(parsesAsXML(ChartRenderer.dataTable(c)), "round \(round)")
                let drawing = svg.split(separator: "\n").filter { !$0.contains("<desc") && !$0.contains("<text") }
                let bad = drawing.filter { $0.contains("NaN") || $0.contains("∞") }
                #expect(bad.isEmpty, "non-finite coordinate in round \(round): \(bad.prefix(2))")
            }
        }
    }
}
