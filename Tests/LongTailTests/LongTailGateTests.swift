import Foundation
@testable import LongTail
import Testing
@testable import Experiments

@Suite struct LongTailGateTests {
    /// One run whose classes at ranks 0…9 are `order` and whose rank-r accuracy is `perRank[r]`.
    func run(seed: UInt64, order: [Int], perRank: [Double]) -> LongTailResult {
        var perClass = [Double](repeating: 0, count: order.count)
        for (r, c) in order.enumerated() { perClass[c] = perRank[r] }
        return LongTailResult(seed: seed, diverged: false, accuracy: perRank.reduce(0, +) / Double(perRank.count),
                              perClassAccuracy: perClass, trainCounts: Array(repeating: 10, count: order.count),
                              headTailGap: 0, finalLoss: 1, classesByRank: order)
    }

    @Test func tailAccuracyReadsTheLeastFrequentRanksOfTheSeedsAssignment() {
        let r = run(seed: 1, order: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], perRank: [1, 1, 1, 1, 1, 1, 1, 1, 0.2, 0.4])
        #expect(abs(LongTailPremise.tailAccuracy(r) - 0.3) < 1e-12)
        #expect(r.perRankAccuracy == [1, 1, 1, 1, 1, 1, 1, 1, 0.2, 0.4])
    }

    @Test func premiseHoldsWhenTheTailFallsConsistently() throws {
        let order = Array(0..<10)
        func seeds(_ tail: [Double]) -> [LongTailResult] {
            tail.enumerated().map { run(seed: UInt64($0 + 1), order: order, perRank: Array(repeating: 0.8, count: 8) + [$1, $1]) }
        }
        let p = try #require(LongTailPremise.evaluate([1: seeds([0.80, 0.82, 0.78]), 10: seeds([0.6, 0.62, 0.58]), 100: seeds([0.40, 0.43, 0.39])]))
        #expect(p.holds && p.pairs == 3 && p.rhoLow == 1 && p.rhoHigh == 100)
        #expect(abs(p.meanChange - (-(0.40 + 0.39 + 0.39) / 3)) < 1e-12)
        #expect(abs(p.spearman - -1) < 1e-12)
    }

    @Test func premiseFailsWhenTheTailDoesNotFall() throws {
        let order = Array(0..<10)
        func seeds(_ tail: [Double]) -> [LongTailResult] {
            tail.enumerated().map { run(seed: UInt64($0 + 1), order: order, perRank: Array(repeating: 0.8, count: 8) + [$1, $1]) }
        }
        let p = try #require(LongTailPremise.evaluate([1: seeds([0.5, 0.6, 0.4]), 100: seeds([0.52, 0.55, 0.45])]))
        #expect(!p.holds)
        #expect(LongTailPremise.evaluate([1: seeds([0.5, 0.6])]) == nil, "one ρ cannot show a trend")
    }

    /// The declared gate: paired Δ ≥ 3 points and a 95 % CI above 0; the old rule (higher mean) is kept beside it.
    @Test func theEncoderGateNeedsThreePointsAndAnIntervalAboveZero() {
        // Δ = 4.5 pts but two pairs scatter: t_{0.975,1} = 12.7 makes the interval cross 0.
        let noisy = LongTailEncoderGate.evaluate(encoder: [0.85, 0.86], rawPixels: [0.8, 0.82])
        #expect(noisy.pairs == 2 && abs(noisy.difference - 0.045) < 1e-12 && noisy.ciLow < 0 && !noisy.holds && noisy.legacyHolds)
        // Δ = 2 pts with no scatter: above 0 but below the margin.
        let small = LongTailEncoderGate.evaluate(encoder: [0.82, 0.83, 0.84], rawPixels: [0.80, 0.81, 0.82])
        #expect(small.ciLow > 0 && !small.holds && small.legacyHolds)
        // Δ = 4 pts, consistent over three seeds: holds.
        let clear = LongTailEncoderGate.evaluate(encoder: [0.84, 0.86, 0.85], rawPixels: [0.80, 0.82, 0.81])
        #expect(clear.holds && clear.ciLow > 0 && abs(clear.difference - 0.04) < 1e-12)
        // Pairs are by seed slot: a NaN seed drops its pair.
        let nan = LongTailEncoderGate.evaluate(encoder: [0.84, .nan, 0.85, 0.86], rawPixels: [0.80, 0.81, 0.81, 0.82])
        #expect(nan.pairs == 3 && nan.holds)
        #expect(!LongTailEncoderGate.evaluate(encoder: [0.7, 0.71, 0.72], rawPixels: [0.8, 0.81, 0.82]).legacyHolds)
    }

    @Test func encoderBelowRawPixelsWithholdsEveryPruningVerdict() {
        let order = Array(0..<10)
        let base = (0..<3).map { run(seed: UInt64($0 + 1), order: order, perRank: Array(repeating: 0.5 + 0.01 * Double($0), count: 10)) }
        let better = (0..<3).map { run(seed: UInt64($0 + 1), order: order, perRank: Array(repeating: 0.7 + 0.01 * Double($0), count: 10)) }
        let results: [Double: (without: [LongTailResult], with: [LongTailResult])] = [1: (base, better), 10: (base, better), 100: (base, better)]
        #expect(LongTailClaims.evaluate(results).flatMap(\.subTests).contains { $0.verdict == .pass }, "ungated, the gains pass")
        #expect(LongTailReport.beats([0.5, 0.51], [0.8, 0.82]) == false)
        #expect(LongTailReport.beats([0.85, 0.86, 0.87], [0.8, 0.82, 0.83]) == true)
        #expect(LongTailReport.beats([.nan], [0.8]) == false)
        let premise = LongTailPremise(rhoLow: 1, rhoHigh: 100, tailLow: 0.5, tailHigh: 0.3, meanChange: -0.2, standardError: 0.01,
                                      pairs: 3, spearman: -1, holds: true)
        let gate = LongTailClaims.Gate(encoderBeatsRawPixels: false, encoderAccuracy: 0.4, rawPixelAccuracy: 0.82, premise: premise)
        let gated = LongTailClaims.evaluate(results, gate: gate)
        let subs = gated.flatMap(\.subTests)
        #expect(!subs.isEmpty && gated.allSatisfy { $0.verdict == .inconclusive } && subs.allSatisfy { $0.verdict == .inconclusive })
        #expect(subs[0].statistic.hasPrefix("Not tested: the unpruned encoder's probe accuracy at ρ = 1 (40.00 %) does not beat the raw-pixel probe (82.00 %). Measured anyway: "))
        #expect(gated[0].note.hasPrefix("Not tested: the unpruned encoder's probe accuracy"))
        let open = LongTailClaims.Gate(encoderBeatsRawPixels: true, encoderAccuracy: 0.9, rawPixelAccuracy: 0.82, premise: premise)
        #expect(LongTailClaims.evaluate(results, gate: open) == LongTailClaims.evaluate(results))
        var flat = premise; flat.holds = false; flat.meanChange = 0.01
        let noPremise = LongTailClaims.Gate(encoderBeatsRawPixels: true, encoderAccuracy: 0.9, rawPixelAccuracy: 0.82, premise: flat)
        #expect(LongTailClaims.evaluate(results, gate: noPremise).flatMap(\.subTests).allSatisfy { $0.verdict == .inconclusive && $0.statistic.contains("imbalance does not visibly hurt the unpruned tail") })
    }
}
