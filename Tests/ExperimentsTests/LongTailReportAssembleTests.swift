import Foundation
@testable import LongTail
import Testing
@testable import Experiments

/// The quick profile's long-tail part (ρ ∈ {1, 10}, 2 seeds, with and without pruning, baselines)
/// assembled from constructed results in `runJobs()`/`baselineJobs()` order: the pruning sub-tests
/// bear verdicts when both gates hold and are withheld when either fails.
@Suite struct LongTailReportAssembleTests {
    let report = LongTailReport(profile: .quick)

    /// One run: every class at `accuracy` except the two least frequent ranks at `tail`.
    func run(seed: UInt64, accuracy: Double, tail: Double, gap: Double) -> LongTailResult {
        let perRank = Array(repeating: accuracy, count: 8) + [tail, tail]
        return LongTailResult(seed: seed, diverged: false, accuracy: perRank.reduce(0, +) / 10, perClassAccuracy: perRank,
                              trainCounts: Array(repeating: 10, count: 10), headTailGap: gap, finalLoss: 2.5,
                              classesByRank: Array(0..<10))
    }

    /// Runs in job order (ρ, then without/with, then seed). `tailDrop` is how far the unpruned tail
    /// falls from ρ = 1 to ρ = 10; pruning adds 3.2–3.4 points and narrows Δ20 by 2.1–2.2 at every ρ.
    func runs(tailDrop: [Double]) -> [LongTailResult] {
        var out: [LongTailResult] = []
        for (r, rho) in report.rhos.enumerated() {
            for pruned in [false, true] {
                for seed in 1...report.seeds {
                    let jitter = 0.001 * Double(seed)
                    let gain = pruned ? 0.03 + 2 * jitter : 0      // per-seed pruning gain (not constant: a paired t needs spread)
                    let tail = 0.8 - (r == 0 ? 0 : tailDrop[seed - 1]) + gain + jitter
                    let gap = 0.05 * rho.squareRoot() - (pruned ? 0.02 + jitter : 0)
                    out.append(run(seed: UInt64(seed), accuracy: 0.85 + gain + jitter, tail: tail, gap: gap))
                }
            }
        }
        return out
    }

    /// Raw pixels for every seed, then the untrained encoder for every seed.
    func baselines(raw: Double) -> [Double] {
        let seeds = (1...report.seeds).map { 0.001 * Double($0) }
        let rawPixels: [Double] = seeds.map { raw + $0 }
        let untrained: [Double] = seeds.map { 0.8 + $0 }
        return rawPixels + untrained
    }

    @Test func jobsFollowTheQuickProfile() throws {
        #expect(report.rhos == [1, 10] && report.seeds == 2)
        #expect(report.config(rho: 10, pruned: true).conv?.pruneRatio == LongTailConfig.withPruningRatio)
        #expect(report.config(rho: 10, pruned: false).conv?.pruneRatio == nil)
        #expect(report.config(rho: 1, pruned: false).conv?.epochs == 1)
    }

    @Test func gatesHoldSoThePruningSubTestsBearVerdicts() throws {
        let outcome = report.assemble(runs: runs(tailDrop: [0.30, 0.32]), baselines: baselines(raw: 0.80))
        #expect(outcome.encoderBeatsRawPixels && outcome.premiseHolds)
        #expect(outcome.table.rows.map(\.rho) == [1, 10])
        #expect(abs((outcome.table.rawPixelAccuracy?.mean ?? 0) - 0.8015) < 1e-12)
        #expect(abs((outcome.table.untrainedEncoderAccuracy?.mean ?? 0) - 0.8015) < 1e-12)
        #expect(outcome.table.pruning == "SDCLR self-competitor, 90% of conv weights pruned")
        #expect(outcome.table.protocolConfig?.conv != nil)
        let subs = try #require(outcome.claims.first).subTests
        let accuracy = try #require(subs.first { $0.id.rawValue == "accuracy-rho-10" })
        let gap = try #require(subs.first { $0.id.rawValue == "gap-rho-10" })
        #expect(accuracy.verdict == .pass && gap.verdict == .pass)
        #expect(!accuracy.statistic.hasPrefix("Not tested") && !gap.statistic.hasPrefix("Not tested"))
        // Two values of ρ cannot give a Spearman trend: that sub-test alone stays open.
        #expect(subs.first { $0.id.rawValue == "gain-grows-with-rho" }?.verdict == .inconclusive)
    }

    @Test func premiseFailingWithholdsEveryPruningVerdict() throws {
        // The unpruned tail does not fall with imbalance (one seed up, one down).
        let outcome = report.assemble(runs: runs(tailDrop: [0.02, -0.02]), baselines: baselines(raw: 0.80))
        #expect(outcome.encoderBeatsRawPixels && !outcome.premiseHolds)
        let subs = outcome.claims.flatMap(\.subTests)
        #expect(!subs.isEmpty && subs.allSatisfy { $0.verdict == .inconclusive && $0.statistic.hasPrefix("Not tested: imbalance does not visibly hurt the unpruned tail") })
    }

    @Test func encoderBelowRawPixelsWithholdsEveryPruningVerdict() throws {
        let outcome = report.assemble(runs: runs(tailDrop: [0.30, 0.32]), baselines: baselines(raw: 0.95))
        #expect(!outcome.encoderBeatsRawPixels && outcome.premiseHolds)
        let subs = outcome.claims.flatMap(\.subTests)
        #expect(!subs.isEmpty && subs.allSatisfy { $0.verdict == .inconclusive && $0.statistic.hasPrefix("Not tested: the unpruned encoder's probe accuracy") })
    }
}
