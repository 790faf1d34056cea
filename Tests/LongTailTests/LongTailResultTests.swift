import Datasets
import Foundation
@testable import LongTail
import Testing

@Suite struct LongTailResultTests {
    @Test func nanResultRoundTripsThroughJSON() throws {
        let r = LongTailResult(seed: 4, diverged: true, accuracy: .nan, perClassAccuracy: [.nan, 0.5], trainCounts: [10, 1],
                               headTailGap: .nan, finalLoss: .nan, classesByRank: [1, 0])
        #expect(r == r, "NaN-aware equality")
        let enc = JSONEncoder()
        enc.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let dec = JSONDecoder()
        dec.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        #expect(try dec.decode(LongTailResult.self, from: enc.encode(r)) == r)
        var other = r; other.perClassAccuracy[1] = 0.6
        #expect(other != r)
    }

    // A learning rate far too large makes the loss non-finite: the run is reported as diverged
    // with NaN metrics and its LT counts, never dropped.
    @Test(.enabled(if: LongTailExperimentTests.hasFashionMNIST))
    func divergedRunIsReported() throws {
        var c = tinyLongTailConfig(rho: 10)
        c.engine.learningRate = 50
        let r = try LongTailExperiment.run(c, seed: 1, dataDirectory: LongTailExperimentTests.fashionDirectory)
        #expect(r.diverged)
        #expect(r.accuracy.isNaN && r.headTailGap.isNaN && r.finalLoss.isNaN)
        #expect(r.perClassAccuracy.count == 10 && r.perClassAccuracy.allSatisfy(\.isNaN))
        #expect(r.trainCounts.sorted(by: >) == LongTail.classCounts(nMax: 100, rho: 10, classCount: 10))
    }
}
