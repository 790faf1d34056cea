import Foundation
import Testing
@testable import Experiments
import Learning
import LinearAlgebra

@Suite struct PlanAndClaimsTests {
    @Test func resultsDoNotDependOnJobCount() {
        BLAS.setThreads(1)
        let c: EngineConfig = { var c = Preset.quick.config; c.steps = 150; return c }()
        let one = JobPool.map(count: 3, jobs: 1) { ContrastiveRun.run(config: c, seed: UInt64($0 + 1)) }
        let two = JobPool.map(count: 3, jobs: 2) { ContrastiveRun.run(config: c, seed: UInt64($0 + 1)) }
        #expect(one == two)
    }

    @Test func planCoversEveryFigure() {
        for profile in ReportProfile.allCases {
            let plan = ReportPlan(profile: profile)
            #expect(plan.sweeps.map(\.id) == [.main, .trajectory, .pruning, .ratio, .sensitivity])
            #expect(plan.sweep(.sensitivity)!.points.count == Figure9.alternatives.count + 1)
            #expect(plan.uniqueRuns.count <= plan.sweeps.reduce(0) { $0 + $1.runs.count })
            for s in plan.sweeps { for p in s.points { #expect((try? p.config.validate()) != nil) } }
        }
    }

    @Test func spearmanAndDirectionalVerdicts() {
        #expect(Statistics.spearman([1, 2, 3, 4], [10, 20, 25, 40]) == 1)
        #expect(Statistics.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1)
        #expect(Statistics.ranks([5, 1, 5]) == [2.5, 1, 2.5])
        #expect(Statistics.directional([1.0, 1.1, 0.9], [2.0, 2.1, 1.9], direction: 1, k: 2).verdict == .pass)
        #expect(Statistics.directional([1.0, 1.1, 0.9], [2.0, 2.1, 1.9], direction: -1, k: 2).verdict == .fail)
        #expect(Statistics.directional([1.0, 2.0, 0.0], [1.1, 2.1, 0.1], direction: 1, k: 2).verdict == .inconclusive)
        #expect(Statistics.directional([1.0], [2.0], direction: 1, k: 2).verdict == .inconclusive)
    }

    func point(_ series: SeriesKey, _ x: Double, _ metrics: [Metric: [Double]]) -> AggregatedPoint {
        AggregatedPoint(series: series, x: x, seeds: 3, divergedSeeds: 0, metrics: metrics.mapValues(SeedSummary.init),
                        perSeed: metrics, cacheKeys: [])
    }

    @Test func trendClaimsFollowTheNumbers() {
        let xs = [0.1, 0.3, 1.0]
        func sweep(_ aligned: [Double]) -> SweepResult {
            SweepResult(id: .main, xName: "ε", points: zip(xs, aligned).flatMap { x, a in
                [SeriesKey.nsr(1), .nsr(4)].map { point($0, x, [.alignedMinority: [a, a + 1, a - 1], .coefMinority: [x, x, x],
                                                                .coefMajority: [1, 1, 1], .maxCosMinority: [a, a, a],
                                                                .positivePairCosine: [0.5, 0.5, 0.5], .regressionMSEMinority: [1 - x, 1 - x, 1 - x]]) }
            })
        }
        /// The claims of Figures 2–5 (the `main` sweep) on a plan with NSR ∈ {1, 4}.
        func sweepClaims(_ main: SweepResult, nsrs: [Double]) -> [ClaimResult] {
            let plan = ReportPlan(profile: .quick)
            #expect(plan.profile.nsrs == nsrs)
            let measured = MeasuredResults(plan: plan, sweeps: [main], trajectories: [])
            let figures: [any PaperFigure] = [Figure2(), Figure3(), Figure4(), Figure5()]
            return figures.flatMap { $0.claims(measured) }
        }
        let up = sweepClaims(sweep([1, 5, 9]), nsrs: [1, 4])
        #expect(up.first { $0.id == "fewer-minority-neurons" }?.verdict == .pass)
        #expect(up.first { $0.id == "minority-smaller-magnitude" }?.verdict == .pass)
        #expect(up.first { $0.id == "balance-improves-minority-regression" }?.verdict == .pass)
        let down = sweepClaims(sweep([9, 5, 1]), nsrs: [1, 4])
        #expect(down.first { $0.id == "fewer-minority-neurons" }?.verdict == .fail)
        #expect(down.first { $0.id == "balance-improves-representation" }?.verdict == .inconclusive, "constant cosine has no rank correlation")
    }
}

@Suite struct SeedSummaryTextTests {
    @Test func meanStdUsesTheOneNumberFormat() {
        #expect(SeedSummary([1, 2, 3]).meanStdText(1) == "2.0 ± 1.0")
        #expect(SeedSummary([-0.0001, 0.0001]).meanStdText() == "0.000 ± 0.000")
        #expect(SeedSummary([1, 3]).meanStdText(2, scale: 100) == "200.00 ± 141.42")
        #expect(SeedSummary([.nan]).meanStdText() == "NaN")
        #expect(SeedSummary([.nan]).meanStdText(ifMissing: "diverged") == "diverged")
    }
}
