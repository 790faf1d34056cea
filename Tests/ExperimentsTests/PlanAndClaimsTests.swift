@testable import Claims
import Foundation
@testable import RunCache
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
            // Default leaves the exploratory sensitivity sweep out (budget, issue 13).
            #expect(plan.sweeps.map(\.id) == [.main, .neurons, .trajectory, .pruning, .ratio] + (profile.sensitivitySeeds > 0 ? [.sensitivity] : []))
            #expect((profile == .default) == (profile.sensitivitySeeds == 0))
            #expect(plan.sweeps.filter { $0.id != .sensitivity }.allSatisfy { $0.seeds == profile.seeds })
            if let sensitivity = plan.sweep(.sensitivity) {
                #expect(sensitivity.seeds == profile.sensitivitySeeds)
                #expect(sensitivity.points.count == Figure9.alternatives.count + 1)
            }
            // The lead pruning variant runs the whole pruning grid; exploratory variants their own grid.
            let pruning = plan.sweep(.pruning)!
            for v in profile.variants {
                let xs = pruning.points.filter { $0.series == .variant(v.key) }.map(\.x)
                #expect(xs == (v.key == Figure6.leadKey ? profile.pruningEpsGrid : profile.exploratoryPruningEpsGrid))
            }
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

    @Test func seedsPerProfile() {
        #expect(ReportProfile.quick.seeds == 3 && ReportProfile.default.seeds == 5 && ReportProfile.paper.seeds == 5)
    }

    /// The plan's claims on empty results: one per synthetic paper claim, in page order.
    @Test func planDeclaresSixSyntheticClaims() {
        let plan = ReportPlan(profile: .quick)
        let empty = plan.sweeps.map { SweepResult(id: $0.id, xName: $0.xName, points: []) }
        let claims = plan.claims(sweeps: empty, trajectories: [])
        #expect(claims.map(\.id.rawValue) == ["three-stages", "minority-learned-later", "minority-weaker-fewer", "noise-hurts-minority",
                                      "imbalance-hurts-representation", "pruning-restores-minority"])
        #expect(claims.allSatisfy { $0.verdict == .inconclusive })
    }
}

@Suite struct SeedSummaryTextTests {
    @Test func meanStdUsesTheOneNumberFormat() {
        #expect(SeedSummary([1, 2, 3]).meanStdText(1) == "2.0 ± 1.0")
        #expect(SeedSummary([-0.0001, 0.0001]).meanStdText() == "0.000 ± 0.000")
        #expect(SeedSummary([1, 3]).meanStdText(2, scale: 100) == "200.00 ± 141.42")
        // No finite seed of the one planned: the missing value says how many seeds it stands on (issue 15).
        #expect(SeedSummary([.nan]).meanStdText() == "NaN (n = 0 of 1)")
        #expect(SeedSummary([.nan]).meanStdText(ifMissing: "diverged") == "diverged (n = 0 of 1)")
        #expect(SeedSummary([]).meanStdText() == "NaN")
    }
}
