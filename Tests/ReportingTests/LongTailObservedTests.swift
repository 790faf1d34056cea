import Foundation
@testable import LongTail
import Testing
@testable import Experiments
@testable import Reporting

/// The "What we see" line of Fig R7 is computed from the table and agrees with the data's direction.
@Suite struct LongTailObservedTests {
    /// A quick-profile table (ρ ∈ {1, 10}, 2 seeds) where pruning adds `gain` (+ per-seed jitter).
    func table(gain: Double, jitter: Double = 0.002) -> LongTailTable {
        let report = LongTailReport(profile: .quick)
        var runs: [LongTailResult] = []
        for _ in report.rhos { for pruned in [false, true] { for seed in 1...report.seeds {
            let a = 0.80 + (pruned ? gain + jitter * Double(seed) : 0) + 0.01 * Double(seed)
            runs.append(LongTailResult(seed: UInt64(seed), diverged: false, accuracy: a, perClassAccuracy: Array(repeating: a, count: 10),
                                       trainCounts: Array(repeating: 10, count: 10), headTailGap: 0.02, finalLoss: 2.5,
                                       classesByRank: Array(0..<10)))
        } } }
        return report.assemble(runs: runs, baselines: [0.7, 0.71, 0.7, 0.71]).table
    }

    @Test func aClearGainReadsAsThePapersDirection() throws {
        let s = try #require(LongTailObserved.sentence(table(gain: 0.05)))
        #expect(s.hasPrefix("pruning changes probe accuracy by +5.30 pts [95% CI"))
        #expect(s.contains("(paper, CIFAR10-LT: +5.67)") && s.contains("a gain at every ρ, in the paper's direction"))
    }

    @Test func aLossDoesNotReadAsAgreement() throws {
        let s = try #require(LongTailObserved.sentence(table(gain: -0.05)))
        #expect(s.contains("a loss at every ρ, against the paper's direction") && !s.contains("in the paper's direction"))
    }

    @Test func noiseReadsAsNoDetectableChange() throws {
        // Two seeds whose gains straddle 0: the t interval with 1 df covers 0.
        let s = try #require(LongTailObserved.sentence(table(gain: -0.003, jitter: 0.002)))
        #expect(s.contains("no detectable change at any ρ"))
    }

    @Test func nothingToSayWithoutAnImbalancedRow() {
        var t = table(gain: 0.05)
        t.rows = t.rows.filter { $0.rho < LongTailClaims.imbalancedFrom }
        #expect(LongTailObserved.sentence(t) == nil)
    }

    @Test func theGapLineReadsTheLargestRho() throws {
        var t = table(gain: 0.05)
        let n = t.rows.count - 1
        t.rows[n].perSeedGapWithout = [0.10, 0.12]; t.rows[n].perSeedGapWith = [0.05, 0.0701]   // Δ = −5.00, −4.99 pts: tight enough for 1 df
        let narrows = try #require(LongTailObserved.gapSentence(t))
        #expect(narrows.hasPrefix("at ρ = 10 pruning changes the head–tail gap Δ20 by -5.00 pts [95% CI"))
        #expect(narrows.contains("(paper, CIFAR10-LT: -0.43)") && narrows.hasSuffix("the gap narrows, as the paper expects."))
        t.rows[n].perSeedGapWith = [0.15, 0.1701]
        #expect(try #require(LongTailObserved.gapSentence(t)).hasSuffix("the gap widens, against the paper's direction."))
    }
}
