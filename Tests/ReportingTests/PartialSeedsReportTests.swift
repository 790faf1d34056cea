import Foundation
@testable import Results
import Testing
@testable import Experiments
import Learning
import SVGCharts
@testable import Reporting

/// A sweep point whose metric kept fewer finite seeds than planned shows "n = k of N" in the
/// figure data and in the section's table, end to end through the rendered page.
@Suite struct PartialSeedsReportTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    static func point(_ series: SeriesKey, _ values: [Metric: [Double]]) -> AggregatedPoint {
        AggregatedPoint(series: series, x: 0.1, seeds: 3, divergedSeeds: values.values.map { $0.filter { !$0.isFinite }.count }.max() ?? 0,
                        metrics: values.mapValues { SeedSummary($0) }, perSeed: values, cacheKeys: ["k1", "k2", "k3"])
    }

    /// The sensitivity sweep: a baseline with every seed finite and one setting whose run kept 1 of 3 seeds.
    static func results() -> ReportResults {
        func metrics(_ v: [Double]) -> [Metric: [Double]] {
            [.maxCosMinority: v, .maxCosMajority: [0.9, 0.91, 0.92], .alignedMinority: [2, 3, 4],
             .regressionMSEMinority: [0.5, 0.4, 0.6], .stage3Majority: [1, 1, 0], .stage3Minority: [0, 1, 0]]
        }
        let sweep = SweepResult(id: .sensitivity, xName: "setting", points: [
            point(.baseline, metrics([0.5, 0.6, 0.7])),
            point(.setting(field: "tau", value: "0.5"), metrics([.nan, 0.25, .nan])),
        ])
        return ReportResults(plan: ReportPlan(profile: .quick), sweeps: [sweep], trajectories: [], longTail: nil, claims: [],
                             provenance: Provenance(tool: "t", gitCommit: "c", swiftVersion: "s", blas: "b", profile: "quick",
                                                    runs: 6, cacheDigest: "d"))
    }

    @Test func seriesCarriesTheSeedCountOnlyOnPartialPoints() {
        let sweep = Self.results().sweeps[0]
        let series = FigureBuilder.series(sweep, metric: .maxCosMinority, label: { $0.description })
        let points = series.flatMap(\.points)
        #expect(points.map(\.seeds) == [nil, SeedCount(finite: 1, planned: 3)])
        let majority = FigureBuilder.series(sweep, metric: .maxCosMajority, label: { $0.description }).flatMap(\.points)
        #expect(majority.allSatisfy { $0.seeds == nil })
    }

    @Test func sensitivityTableAndFigureDataSayNEqualsKOfN() throws {
        let r = Self.results()
        let table = try #require(Figure9.table(r))
        #expect(table.contains("0.250 ± 0.000 (n = 1 of 3)"), "\(table)")
        #expect(table.contains("0.600 ± 0.100<"), "the all-finite baseline prints as before: \(table)")
        let page = try ReportBuilder.build(r, templates: TemplateSet(directory: Self.templates)).indexHTML
        #expect(page.contains("0.250 ± 0.000 (n = 1 of 3)"), "the section's table")
        #expect(page.contains("(n = 1 of 3)</td>"), "the figure's data table")
        #expect(page.contains("Points with fewer finite seeds than planned: minority max-cosine in tau=0.5: n = 1 of 3."), "the figure's desc")
        #expect(page.components(separatedBy: "n = 1 of 3").count - 1 >= 3)
        #expect(!page.contains("n = 3 of 3"))
    }
}
