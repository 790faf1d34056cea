import Foundation
@testable import RunCache
import Testing
@testable import Experiments
import Learning
import LinearAlgebra

/// `RunMetrics` holds the weight metrics once per `WeightView` (issue 23) but encodes as the struct
/// before it did — the dense metrics at the top level, the masked ones under `masked` — so cache
/// entries written before are read, and cache entries and `results.json` written after are the same
/// bytes.
@Suite struct RunMetricsEncodingTests {
    /// `RunMetrics` as it was declared before the dense/masked dimension, with its synthesized Codable.
    struct LegacyRunMetrics: Codable, Equatable {
        var alignedMinority, alignedMajority, specialistsMinority, specialistsMajority: Double
        var maxCosMinority, maxCosMajority, coefMinority, coefMajority: Double
        var positivePairCosine, regressionMSEMinority, regressionMSEMajority, finalLoss: Double
        var empiricalRateMajority, empiricalRateMinority, empiricalNSR: Double
        var masked: WeightMetrics
    }

    @Test func anOldCacheEntryDecodesAndReEncodesToTheSameBytes() throws {
        let old = Data(LegacyCacheEntry.pruned.utf8)
        let entry = try CanonicalJSON.decoder.decode(CacheEntry<RunResult>.self, from: old)
        #expect(CanonicalJSON.encode(entry) == old)
        // The entry's metrics, read through the new dimension, are the numbers in the file.
        let m = entry.result.metrics
        #expect(m.dense.alignedMajority == 24 && m.masked.alignedMajority == 3)
        #expect(m.dense.maxCosMinority == 0.15414106659591198 && m.masked.maxCosMinority == 0.07408191822469234)
        #expect(m[.specialistsMajority] == 24 && m[.specialistsMajorityMasked] == 3 && m[.finalLoss] == 3.278160031315905)
    }

    /// Random values (with NaN, ±∞ and −0, which the canonical encoder writes as strings or "-0"):
    /// the new type and the legacy one encode to the same bytes and decode each other's.
    @Test(arguments: 0..<40) func sameBytesAsTheLegacyType(seed: Int) throws {
        var rng = SeededRNG(seed: UInt64(seed), stream: 23)
        let specials: [Double] = [.nan, .infinity, -.infinity, -0.0, 0, 1e-300, 12]
        func value() -> Double { Int.random(in: 0..<4, using: &rng) == 0 ? specials.randomElement(using: &rng)! : Double.random(in: -5...5, using: &rng) }
        func weights() -> WeightMetrics {
            WeightMetrics(alignedMinority: value(), alignedMajority: value(), specialistsMinority: value(), specialistsMajority: value(),
                          maxCosMinority: value(), maxCosMajority: value(), coefMinority: value(), coefMajority: value())
        }
        let dense = weights(), masked = weights()
        let new = RunMetrics(dense: dense, masked: masked, positivePairCosine: value(), regressionMSEMinority: value(),
                             regressionMSEMajority: value(), finalLoss: value(), empiricalRateMajority: value(),
                             empiricalRateMinority: value(), empiricalNSR: value())
        let legacy = LegacyRunMetrics(
            alignedMinority: dense.alignedMinority, alignedMajority: dense.alignedMajority,
            specialistsMinority: dense.specialistsMinority, specialistsMajority: dense.specialistsMajority,
            maxCosMinority: dense.maxCosMinority, maxCosMajority: dense.maxCosMajority,
            coefMinority: dense.coefMinority, coefMajority: dense.coefMajority,
            positivePairCosine: new.positivePairCosine, regressionMSEMinority: new.regressionMSEMinority,
            regressionMSEMajority: new.regressionMSEMajority, finalLoss: new.finalLoss,
            empiricalRateMajority: new.empiricalRateMajority, empiricalRateMinority: new.empiricalRateMinority,
            empiricalNSR: new.empiricalNSR, masked: masked)
        let bytes = CanonicalJSON.encode(legacy)
        #expect(CanonicalJSON.encode(new) == bytes, "\(String(decoding: bytes, as: UTF8.self))")
        let decoded = try CanonicalJSON.decoder.decode(RunMetrics.self, from: bytes)
        #expect(CanonicalJSON.encode(decoded) == bytes)
        #expect(CanonicalJSON.encode(try CanonicalJSON.decoder.decode(LegacyRunMetrics.self, from: CanonicalJSON.encode(new))) == bytes)
    }

    /// The dimension names every weight metric once: each (kind, view) is one `Metric`, and a run's
    /// value of it is that kind on those weights.
    @Test func everyWeightMetricIsAKindOnAView() {
        var seen = Set<Metric>()
        for view in WeightView.allCases {
            for kind in WeightMetric.allCases {
                let metric = Metric(kind, on: view)
                #expect(metric.weightMetric?.kind == kind && metric.weightMetric?.view == view)
                #expect(metric.rawValue == kind.rawValue + (view == .masked ? "Masked" : ""))
                #expect(metric.quantity == (kind.countsNeurons ? .neurons : .ratio))
                seen.insert(metric)
            }
        }
        #expect(seen.count == WeightMetric.allCases.count * WeightView.allCases.count)
        #expect(Metric.allCases.filter { $0.weightMetric != nil }.count == seen.count)
        // The measured list: the dense eight, the seven other measurements, the masked eight (its order is the tables').
        #expect(RunMetrics.measured == Metric.weightMetrics(on: .dense) + [.positivePairCosine, .regressionMSEMinority,
                .regressionMSEMajority, .finalLoss, .empiricalRateMajority, .empiricalRateMinority, .empiricalNSR]
                + Metric.weightMetrics(on: .masked))
        #expect(RunMetrics.measured.map(\.rawValue) == [
            "alignedMinority", "alignedMajority", "specialistsMinority", "specialistsMajority", "maxCosMinority", "maxCosMajority",
            "coefMinority", "coefMajority", "positivePairCosine", "regressionMSEMinority", "regressionMSEMajority", "finalLoss",
            "empiricalRateMajority", "empiricalRateMinority", "empiricalNSR", "alignedMinorityMasked", "alignedMajorityMasked",
            "specialistsMinorityMasked", "specialistsMajorityMasked", "maxCosMinorityMasked", "maxCosMajorityMasked",
            "coefMinorityMasked", "coefMajorityMasked",
        ])
        let w = WeightMetrics(alignedMinority: 1, alignedMajority: 2, specialistsMinority: 3, specialistsMajority: 4,
                              maxCosMinority: 5, maxCosMajority: 6, coefMinority: 7, coefMajority: 8)
        var masked = w
        masked.coefMajority = -8
        let run = RunMetrics(dense: w, masked: masked, positivePairCosine: 9, regressionMSEMinority: 10, regressionMSEMajority: 11,
                             finalLoss: 12, empiricalRateMajority: 13, empiricalRateMinority: 14, empiricalNSR: 15)
        #expect(Metric.weightMetrics(on: .dense).compactMap { run[$0] } == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(Metric.weightMetrics(on: .masked).compactMap { run[$0] } == [1, 2, 3, 4, 5, 6, 7, -8])
        #expect(RunMetrics.measured.compactMap { run[$0] }.count == RunMetrics.measured.count)
        #expect(run[.stage3Majority] == nil && run[.stage3Minority] == nil && run[.noiseGrowthMajority] == nil)
    }
}
