import Foundation
import Testing
@testable import Experiments

@Suite struct LongTailClaimsTests {
    /// Results with the given accuracies and Δ20s (one per seed).
    func runs(_ acc: [Double], gap: [Double]? = nil) -> [LongTailResult] {
        acc.enumerated().map { i, a in
            LongTailResult(seed: UInt64(i + 1), diverged: !a.isFinite, accuracy: a, perClassAccuracy: Array(repeating: a, count: 10),
                           trainCounts: Array(repeating: 10, count: 10), headTailGap: gap?[i] ?? 0.05, finalLoss: 1,
                           classesByRank: Array(0..<10))
        }
    }

    func claim(_ claims: [ClaimResult], _ id: String) -> ClaimResult { claims.first { $0.id == id }! }

    @Test func clearGainPasses() {
        var r: [Double: (without: [LongTailResult], with: [LongTailResult])] = [:]
        for (rho, gain) in [(1.0, 0.005), (10.0, 0.04), (50.0, 0.06), (100.0, 0.08)] {
            r[rho] = (runs([0.70, 0.71, 0.72], gap: [0.10, 0.11, 0.12]),
                      runs([0.70 + gain, 0.71 + gain, 0.72 + gain], gap: [0.05, 0.06, 0.07]))
        }
        let c = LongTailClaims.evaluate(r)
        #expect(c.count == 3)
        #expect(claim(c, "lt-pruning-raises-accuracy").verdict == .pass)
        #expect(claim(c, "lt-pruning-shrinks-gap").verdict == .pass)
        #expect(claim(c, "lt-gain-grows-with-rho").verdict == .pass)
        #expect(claim(c, "lt-pruning-raises-accuracy").measured.contains("ρ=10: +4.00 ± 0.82 pts (n=3/3) PASS"))
    }

    @Test func clearLossFails() {
        var r: [Double: (without: [LongTailResult], with: [LongTailResult])] = [:]
        for (rho, gain) in [(1.0, 0.0), (10.0, -0.03), (50.0, -0.05), (100.0, -0.08)] {
            r[rho] = (runs([0.70, 0.71, 0.72], gap: [0.05, 0.06, 0.07]),
                      runs([0.70 + gain, 0.71 + gain, 0.72 + gain], gap: [0.10, 0.11, 0.12]))
        }
        let c = LongTailClaims.evaluate(r)
        #expect(claim(c, "lt-pruning-raises-accuracy").verdict == .fail)
        #expect(claim(c, "lt-pruning-shrinks-gap").verdict == .fail)
        #expect(claim(c, "lt-gain-grows-with-rho").verdict == .fail)
    }

    @Test func overlappingIsInconclusive() {
        var r: [Double: (without: [LongTailResult], with: [LongTailResult])] = [:]
        for rho in [1.0, 10, 50, 100] {
            r[rho] = (runs([0.70, 0.75, 0.80], gap: [0.05, 0.10, 0.15]), runs([0.72, 0.74, 0.81], gap: [0.06, 0.09, 0.14]))
        }
        let c = LongTailClaims.evaluate(r)
        #expect(c.allSatisfy { $0.verdict == .inconclusive }, "\(c.map(\.measured))")
    }

    @Test func oneSeedIsInconclusive() {
        var r: [Double: (without: [LongTailResult], with: [LongTailResult])] = [:]
        for (rho, gain) in [(1.0, 0.0), (10.0, 0.05), (50.0, 0.1), (100.0, 0.2)] {
            r[rho] = (runs([0.6], gap: [0.2]), runs([0.6 + gain], gap: [0.1]))
        }
        let c = LongTailClaims.evaluate(r)
        #expect(c.allSatisfy { $0.verdict == .inconclusive })
    }

    @Test func divergedRunsAreCountedNotDropped() {
        var r: [Double: (without: [LongTailResult], with: [LongTailResult])] = [:]
        r[10] = (runs([0.70, 0.71, 0.72]), runs([0.80, .nan, .nan]))
        let c = LongTailClaims.evaluate(r)
        let acc = claim(c, "lt-pruning-raises-accuracy")
        #expect(acc.verdict == .inconclusive)
        #expect(acc.measured.contains("2 diverged"))
    }

    @Test func noImbalancedRhoIsInconclusive() {
        let c = LongTailClaims.evaluate([1: (runs([0.7, 0.71]), runs([0.8, 0.81]))])
        #expect(claim(c, "lt-pruning-raises-accuracy").verdict == .inconclusive)
        #expect(claim(c, "lt-pruning-raises-accuracy").measured.contains("no run with ρ ≥ 10"))
    }
}

extension LongTailClaimsTests {
    /// Gains rising with ρ but all negative (pruning hurts less at large ρ) are not a growing benefit.
    @Test func shrinkingLossIsNotAGrowingGain() {
        var r: [Double: (without: [LongTailResult], with: [LongTailResult])] = [:]
        for (rho, gain) in [(1.0, -0.10), (10.0, -0.07), (50.0, -0.04), (100.0, -0.02)] {
            r[rho] = (runs([0.70, 0.71, 0.72]), runs([0.70 + gain, 0.71 + gain, 0.72 + gain]))
        }
        let c = LongTailClaims.evaluate(r)
        #expect(claim(c, "lt-gain-grows-with-rho").verdict == .inconclusive)
        #expect(claim(c, "lt-gain-grows-with-rho").measured.contains("Spearman 1.00"))
        #expect(claim(c, "lt-pruning-raises-accuracy").verdict == .fail)
    }
}
