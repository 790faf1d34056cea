@testable import Claims
import Foundation
@testable import Results
import Testing
@testable import Experiments
import Learning
@testable import SVGCharts
@testable import Reporting

/// Figures a reader can read (issue 25 item 4): count bands never below 0, Figure 2b's ticks at the
/// tested m, Figure 6 one panel per variant with the compared pair, Figure 6b's honest axis.
@Suite struct ReadableFiguresTests {
    static func point(_ series: SeriesKey, x: Double, _ values: [Metric: [Double]]) -> AggregatedPoint {
        AggregatedPoint(series: series, x: x, seeds: values.values.map(\.count).max() ?? 0, divergedSeeds: 0,
                        metrics: values.mapValues { SeedSummary($0) }, perSeed: values, cacheKeys: [])
    }

    static func results(_ sweeps: [SweepResult], profile: ReportProfile = .quick) -> ReportResults {
        ReportResults(plan: ReportPlan(profile: profile), sweeps: sweeps, trajectories: [], longTail: nil, claims: [],
                      provenance: Provenance(tool: "t", gitCommit: "c", swiftVersion: "s", blas: "b", profile: "quick",
                                             runs: 1, cacheDigest: "d"))
    }

    /// Counts near 0 with a large spread: mean − 1 sd is negative, the 95 % CI lower edge too.
    static let lowCounts: [Double] = [0, 0, 0, 0, 7]

    static func pruningSweep(_ plan: ReportPlan) -> SweepResult {
        var points: [AggregatedPoint] = []
        let metrics: (Double) -> [Metric: [Double]] = { shift in
            [.maxCosMinority: [0.3, 0.35, 0.4].map { $0 + shift }, .maxCosMinorityMasked: [0.3, 0.36, 0.41].map { $0 + shift },
             .specialistsMinority: lowCounts, .specialistsMinorityMasked: lowCounts, .regressionMSEMinority: [0.5, 0.6, 0.7]]
        }
        for x in [0.05, 0.1, 0.2] {
            points.append(point(.unpruned(.random), x: x, metrics(0)))
            points.append(point(.unpruned(.identity), x: x, metrics(0.01)))
            for (i, v) in plan.variants.enumerated() { points.append(point(.variant(v.key), x: x, metrics(0.05 * Double(i + 1)))) }
        }
        return SweepResult(id: .pruning, xName: "ε_min", points: points)
    }

    @Test func countBandIsTheClampedConfidenceIntervalOfTheMean() throws {
        let s = SeedSummary(Self.lowCounts)
        #expect(s.mean - s.std < 0, "the old ±1 sd band would go below 0")
        let b = FigureBuilder.band(s, count: true)
        let lower = try #require(b.lower), upper = try #require(b.upper)
        #expect(lower == 0)
        let half = StudentT.quantile(0.975, df: 4) * s.std / 5.0.squareRoot()
        #expect(abs(upper - (s.mean + half)) < 1e-12)
        // A non-count keeps ±1 sd, negative or not.
        let sd = FigureBuilder.band(s, count: false)
        #expect(sd.lower == s.mean - s.std && sd.upper == s.mean + s.std)
        // A single seed has no interval.
        #expect(FigureBuilder.band(SeedSummary([3]), count: true).lower == nil)
    }

    @Test func countSeriesNeverGoBelowZeroInDataOrDrawing() throws {
        let r = Self.results([Self.pruningSweep(ReportPlan(profile: .quick))])
        let sweep = r.sweeps[0]
        let counts = FigureBuilder.series(sweep, metric: .specialistsMinority, label: { $0.description })
        #expect(!counts.isEmpty)
        for s in counts {
            #expect(s.band == .confidenceInterval95(floor: 0))
            #expect(s.points.allSatisfy { ($0.lower ?? 0) >= 0 })
        }
        #expect(FigureBuilder.series(sweep, metric: .maxCosMinority, label: { $0.description }).allSatisfy { $0.band == .standardDeviation })
        // Every chart of the page: a count panel's plotted values (band edges included) are ≥ 0,
        // and its note names the interval.
        for chart in FigureBuilder.charts(r) {
            guard case .multiples(let m) = chart else { continue }
            for p in m.panels where p.series.contains(where: { $0.band != .standardDeviation }) {
                #expect(FigureBuilder.plottedValues(p).allSatisfy { $0 >= 0 }, "\(p.id)")
                #expect(p.bandDescription?.contains("95% CI of the mean") == true, "\(p.id)")
            }
        }
    }

    @Test func figure2bTicksAreTheTestedNeuronCounts() throws {
        let grid = [32.0, 64, 128, 256]
        let sweep = SweepResult(id: .neurons, xName: "m", points: grid.map {
            Self.point(.nsr(1), x: $0, [.maxCosMinority: [0.2, 0.3], .maxCosMajority: [0.8, 0.9]])
        })
        let main = SweepResult(id: .main, xName: "ε_min", points: [Self.point(.nsr(1), x: 0.1, [.alignedMinority: [1, 2]])])
        let chart = try #require(Figure2().charts(Self.results([main, sweep])).first { $0.id == "fig2-neurons" })
        guard case .multiples(let m) = chart else { Issue.record("not small multiples"); return }
        for p in m.panels {
            #expect(p.xAxis.tickValues == grid)
            let x = ResolvedAxis.resolve(p.xAxis, values: LineChartRenderer.xValues(p))
            #expect(x.ticks.map(\.value) == grid)
            #expect(x.ticks.map(\.label) == ["32", "64", "128", "256"])
        }
        let svg = ChartRenderer.render(chart)
        #expect(!svg.contains(">50<") && !svg.contains(">200<"), "no nice-number ticks besides the tested m")
    }

    @Test func figure6HasOnePanelPerVariantWithTheComparedPairLeadFirst() throws {
        let plan = ReportPlan(profile: .default)
        let r = Self.results([Self.pruningSweep(plan)], profile: .default)
        let chart = try #require(Figure6().charts(r).first { $0.id == "fig6" })
        guard case .multiples(let m) = chart else { Issue.record("not small multiples"); return }
        let variants = plan.variants
        #expect(variants.count >= 2)
        #expect(m.columns == variants.count)
        #expect(m.panels.count == variants.count * Figure6.metrics.count)
        for (row, (_, what)) in Figure6.metrics.enumerated() {
            let panels = Array(m.panels[row * m.columns..<(row + 1) * m.columns])
            #expect(panels.allSatisfy { $0.group == what })
            // The lead variant first, emphasised; the others not.
            #expect(panels[0].series.last?.key == Experiments.Figure6.leadKey.rawValue)
            #expect(panels.map(\.emphasised) == [true] + Array(repeating: false, count: panels.count - 1))
            #expect(Set(panels.map { $0.series.last?.key ?? "" }) == Set(variants.map(\.key.rawValue)))
            for p in panels {
                // Exactly the compared pair: the variant and no pruning with its dictionary.
                let v = try #require(variants.first { $0.key.rawValue == p.series.last?.key })
                #expect(p.series.map(\.key) == [SeriesKey.unpruned(v.dictionary).description, v.key.rawValue])
                let styles = try p.series.map { try #require($0.style) }
                #expect(styles[0].colorIndex != styles[1].colorIndex)
                #expect(styles[0].marker != styles[1].marker)
                #expect(styles[0].dash != styles[1].dash, "dash separates the pair in greyscale")
                // One y range per row.
                #expect(p.yAxis.min == panels[0].yAxis.min && p.yAxis.max == panels[0].yAxis.max)
            }
        }
        let svg = ChartRenderer.render(chart)
        #expect(svg.contains("(lead: decides the claim)"))
    }

    @Test func figure6bHasAZeroEffectLineAndAnAxisFromZero() throws {
        let plan = ReportPlan(profile: .quick)
        let lead = try #require(plan.variants.first)
        let sweep = SweepResult(id: .ratio, xName: "α", points: [0, 0.5, 0.9].map { a in
            Self.point(.variant(lead.key), x: a, [.maxCosMinority: [0.29, 0.3], .maxCosMinorityMasked: [0.29, 0.3],
                                                   .specialistsMinority: [0, 1], .specialistsMinorityMasked: [0, 1],
                                                   .regressionMSEMinority: [0.6, 0.61].map { $0 + a / 100 }])
        })
        let chart = try #require(Figure6().charts(Self.results([sweep])).first { $0.id == "fig6-ratio" })
        guard case .multiples(let m) = chart else { Issue.record("not small multiples"); return }
        for p in m.panels {
            let none = try #require(p.series.first?.points.first { $0.x == 0 })
            #expect(p.referenceLevels.map(\.y) == [none.y])
            #expect(p.yAxis.min == 0)
            let y = ResolvedAxis.resolve(p.yAxis, values: LineChartRenderer.yValues(p))
            #expect(y.lower == 0)
            #expect(y.upper - y.lower >= 0.5, "not a tiny window: \(y.lower)…\(y.upper)")
        }
        #expect(ChartRenderer.render(chart).contains("no pruning (α = 0)"))
    }
}
