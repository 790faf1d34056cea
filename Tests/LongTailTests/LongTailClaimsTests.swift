@testable import Claims
import Foundation
@testable import LongTail
import Testing

@Suite struct LongTailClaimsTests {
    /// Results with the given accuracies and Δ20s (one per seed, seeds 1…n).
    func runs(_ acc: [Double], gap: [Double]? = nil) -> [LongTailResult] {
        acc.enumerated().map { i, a in
            LongTailResult(seed: UInt64(i + 1), diverged: !a.isFinite, accuracy: a, perClassAccuracy: Array(repeating: a, count: 10),
                           trainCounts: Array(repeating: 10, count: 10), headTailGap: gap?[i] ?? 0.05, finalLoss: 1,
                           classesByRank: Array(0..<10))
        }
    }
    typealias Grouped = [Double: (without: [LongTailResult], with: [LongTailResult])]

    /// Without: acc [0.70, 0.71, 0.72], gap [0.10, 0.11, 0.12]; with: + gain + jitter per seed, gap + gapChange + jitter.
    func grouped(_ gains: [(Double, Double)], gapChange: Double) -> Grouped {
        var r: Grouped = [:]
        let jitter = [0.0, 0.002, -0.002]
        for (rho, gain) in gains {
            r[rho] = (runs([0.70, 0.71, 0.72], gap: [0.10, 0.11, 0.12]),
                      runs((0..<3).map { [0.70, 0.71, 0.72][$0] + gain + jitter[$0] },
                           gap: (0..<3).map { [0.10, 0.11, 0.12][$0] + gapChange - jitter[$0] }))
        }
        return r
    }

    func sub(_ c: PaperClaim, _ id: String) -> SubTest { c.subTests.first { $0.id.rawValue == id }! }

    @Test func clearGainPasses() {
        let c = LongTailClaims.evaluate(grouped([(1, 0.005), (10, 0.04), (50, 0.06), (100, 0.08)], gapChange: -0.05))
        #expect(c.count == 1)
        let claim = c[0]
        #expect(claim.id == .longTailPruning && claim.section == .longTail)
        #expect(claim.subTests.map(\.id.rawValue) == ["accuracy-rho-10", "gap-rho-10", "accuracy-rho-50", "gap-rho-50",
                                             "accuracy-rho-100", "gap-rho-100", "gain-grows-with-rho"])
        #expect(claim.subTests.allSatisfy { $0.verdict == .pass })
        #expect(claim.verdict == .pass)
        // Paired: d = [0.040, 0.042, 0.038] (fractions) ⇒ Δ = 4.00 percentage points, n = 3.
        #expect(sub(claim, "accuracy-rho-10").statistic.hasPrefix("Δ = 4.00 pts [95% CI "), "printed in percentage points")
        #expect(sub(claim, "accuracy-rho-10").statistic.contains(", n = 3, p < 0.001, Holm-adjusted p = "))
    }

    @Test func clearLossFails() {
        let c = LongTailClaims.evaluate(grouped([(1, 0), (10, -0.03), (50, -0.05), (100, -0.08)], gapChange: 0.05))[0]
        #expect(sub(c, "accuracy-rho-10").verdict == .fail)
        #expect(sub(c, "gap-rho-100").verdict == .fail)
        #expect(sub(c, "gain-grows-with-rho").verdict == .fail)
        #expect(c.verdict == .fail)
    }

    @Test func overlappingIsInconclusiveAndNamesTheDetectableEffect() {
        var r: Grouped = [:]
        for rho in [1.0, 10, 50, 100] {
            r[rho] = (runs([0.70, 0.75, 0.80], gap: [0.05, 0.10, 0.15]), runs([0.72, 0.74, 0.81], gap: [0.06, 0.09, 0.14]))
        }
        let c = LongTailClaims.evaluate(r)[0]
        #expect(c.verdict == .inconclusive)
        #expect(sub(c, "accuracy-rho-10").verdict == .inconclusive)
        #expect(sub(c, "accuracy-rho-10").statistic.contains("detectable |Δ| ≥"))
    }

    @Test func oneSeedIsInconclusive() {
        var r: Grouped = [:]
        for (rho, gain) in [(1.0, 0.0), (10.0, 0.05), (50.0, 0.1), (100.0, 0.2)] {
            r[rho] = (runs([0.6], gap: [0.2]), runs([0.6 + gain], gap: [0.1]))
        }
        let c = LongTailClaims.evaluate(r)[0]
        #expect(c.subTests.filter { $0.id.rawValue != "gain-grows-with-rho" }.allSatisfy { $0.verdict == .inconclusive })
        #expect(c.verdict != .pass)
    }

    @Test func divergedRunsAreCountedNotDropped() {
        let c = LongTailClaims.evaluate([10: (runs([0.70, 0.71, 0.72]), runs([0.80, .nan, .nan]))])[0]
        let acc = sub(c, "accuracy-rho-10")
        #expect(acc.verdict == .inconclusive)
        #expect(acc.statistic.contains("n = 1"))
        #expect(acc.statistic.contains("2 diverged run(s) left out"))
    }

    @Test func noImbalancedRhoIsInconclusive() {
        let c = LongTailClaims.evaluate([1: (runs([0.7, 0.71]), runs([0.8, 0.81]))])[0]
        #expect(c.verdict == .inconclusive)
        #expect(c.note == "No run with ρ ≥ 10.")
        #expect(c.subTests.map(\.id.rawValue) == ["gain-grows-with-rho"])
    }

    /// Gains rising with ρ but all negative: the trend passes, the accuracy sub-tests fail, so the claim fails.
    @Test func shrinkingLossIsNotAGrowingBenefit() {
        let c = LongTailClaims.evaluate(grouped([(1, -0.10), (10, -0.07), (50, -0.04), (100, -0.02)], gapChange: 0))[0]
        #expect(sub(c, "gain-grows-with-rho").verdict == .pass)
        #expect(sub(c, "accuracy-rho-10").verdict == .fail)
        #expect(c.verdict == .fail)
    }
}
