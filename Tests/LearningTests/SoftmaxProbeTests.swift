import Foundation
import LinearAlgebra
import Testing
@testable import Learning

@Suite struct SoftmaxProbeTests {
    /// `perClass` points of each of 3 Gaussian blobs (σ = 1) in R^5 with centres 8 apart.
    func blobs(perClass: Int, seed: UInt64) -> (Matrix, [Int]) {
        let centres: [[Double]] = [[8, 0, 0, 0, 0], [0, 8, 0, 0, 0], [0, 0, 8, 0, 3]]
        var rng = SeededRNG(seed: seed)
        var data = [Float](), labels = [Int]()
        for i in 0..<(3 * perClass) {
            let c = i % 3
            for k in 0..<5 { data.append(Float(centres[c][k] + rng.normal() + 100)) }   // offset: exercises standardisation
            labels.append(c)
        }
        return (Matrix(rows: 3 * perClass, cols: 5, data: data), labels)
    }

    @Test func separatesGaussianBlobs() {
        let (x, y) = blobs(perClass: 200, seed: 1)
        let (xt, yt) = blobs(perClass: 100, seed: 2)
        let probe = SoftmaxProbe.fit(features: x, labels: y, classCount: 3, config: .standard, seed: 3)
        #expect(probe.accuracy(x, labels: y) >= 0.98)
        #expect(probe.accuracy(xt, labels: yt) >= 0.98)
        let p = probe.probabilities(xt)
        #expect((0..<p.rows).allSatisfy { abs(p.row($0).reduce(0, +) - 1) < 1e-4 })
    }

    @Test func fullBatchGradientDescentAlsoWorks() {
        let (x, y) = blobs(perClass: 100, seed: 4)
        let config = SoftmaxProbeConfig(l2: 1e-3, epochs: 200, learningRate: 0.5, batchSize: 0)
        let probe = SoftmaxProbe.fit(features: x, labels: y, classCount: 3, config: config, seed: 0)
        #expect(probe.accuracy(x, labels: y) >= 0.98)
    }

    @Test func deterministicForASeed() {
        let (x, y) = blobs(perClass: 50, seed: 5)
        let config = SoftmaxProbeConfig(l2: 1e-4, epochs: 5, learningRate: 0.1, batchSize: 16)
        let a = SoftmaxProbe.fit(features: x, labels: y, classCount: 3, config: config, seed: 8)
        let b = SoftmaxProbe.fit(features: x, labels: y, classCount: 3, config: config, seed: 8)
        let c = SoftmaxProbe.fit(features: x, labels: y, classCount: 3, config: config, seed: 9)
        #expect(a.weights == b.weights && a.bias == b.bias)
        #expect(a.weights != c.weights)
    }

    /// One full-batch step from W = 0, b = 0 against a plain-loop evaluation of
    /// W ← W − η(X̃ᵀ(P − Y)/n + λW), b ← b − η·1ᵀ(P − Y)/n, with P = 1/C at the start.
    @Test func firstStepMatchesTheGradientFormula() {
        let x = Matrix(rows: 4, cols: 2, data: [1, 2, 3, 0, -1, 1, 0, -3])
        let y = [0, 1, 2, 1]
        let config = SoftmaxProbeConfig(l2: 0.5, epochs: 1, learningRate: 0.3, batchSize: 0)
        let probe = SoftmaxProbe.fit(features: x, labels: y, classCount: 3, config: config, seed: 0)
        let xs = SoftmaxProbe.standardize(x, mean: probe.featureMean, scale: probe.featureScale)
        for d in 0..<2 { for c in 0..<3 {
            var g: Float = 0
            for i in 0..<4 { g += xs[i, d] * (1.0 / 3 - (y[i] == c ? 1 : 0)) }
            #expect(abs(probe.weights[d, c] - (-0.3 * g / 4)) < 1e-5)
        } }
        for c in 0..<3 {
            let g = (0..<4).map { Float(1.0 / 3) - (y[$0] == c ? 1 : 0) }.reduce(0, +) / 4
            #expect(abs(probe.bias[c] - (-0.3 * g)) < 1e-5)
        }
        #expect(abs(probe.featureMean[0] - 0.75) < 1e-6)
    }

    @Test func perClassAccuracyByHand() {
        let labels = [0, 0, 0, 1, 1, 2, 2, 2, 2]
        let preds = [0, 1, 0, 1, 1, 0, 2, 2, 1]
        let acc = ProbeMetrics.perClassAccuracy(predictions: preds, labels: labels, classCount: 4)
        #expect(acc[0] == 2.0 / 3 && acc[1] == 1 && acc[2] == 0.5)
        #expect(acc[3].isNaN)
    }

    @Test func headTailGapByHand() {
        // C = 10 → 2 head and 2 tail classes. Counts decrease with index except for a tie.
        let counts = [500, 400, 400, 300, 250, 200, 150, 100, 60, 50]
        let acc = [0.9, 0.8, 0.7, 0.6, 0.5, 0.5, 0.4, 0.3, 0.2, 0.1]
        // head = {0, 1} (tie 1 vs 2 → index 1), tail = {8, 9}
        #expect(abs(ProbeMetrics.headTailGap(perClassAccuracy: acc, trainCounts: counts) - (0.85 - 0.15)) < 1e-12)
        // Reversed counts: head = {9, 7} (tie 8 vs 7 → index 7), tail = {1, 0}.
        let gap = ProbeMetrics.headTailGap(perClassAccuracy: acc, trainCounts: Array(counts.reversed()))
        #expect(abs(gap - ((0.1 + 0.3) / 2 - 0.85)) < 1e-12)
        // C = 100 → 20 each; C = 3 → ⌈0.6⌉ = 1 each.
        let c100 = ProbeMetrics.headTailGap(perClassAccuracy: (0..<100).map { $0 < 20 ? 1.0 : ($0 >= 80 ? 0.0 : 0.5) },
                                            trainCounts: (0..<100).map { 1000 - $0 })
        #expect(c100 == 1)
        #expect(ProbeMetrics.headTailGap(perClassAccuracy: [0.9, 0.5, 0.3], trainCounts: [10, 10, 10]) == 0.9 - 0.3)
        // A NaN class is left out of its group's mean; a group of NaNs only gives NaN.
        var withNaN = acc
        withNaN[0] = .nan
        #expect(abs(ProbeMetrics.headTailGap(perClassAccuracy: withNaN, trainCounts: counts) - (0.8 - 0.15)) < 1e-12)
        #expect(ProbeMetrics.headTailGap(perClassAccuracy: [.nan, 0.8, 0.5, 0.4, 0.2], trainCounts: [5, 4, 3, 2, 1]).isNaN)
    }
}

extension SoftmaxProbeTests {
    @Test func nonFiniteFeaturesGiveNaNAccuracy() {
        let (x, y) = blobs(perClass: 20, seed: 6)
        let probe = SoftmaxProbe.fit(features: x, labels: y, classCount: 3, config: .standard, seed: 0)
        #expect(probe.isFinite)
        var bad = x
        bad[3, 1] = .nan
        #expect(probe.accuracy(bad, labels: y).isNaN)
        let diverged = SoftmaxProbe.fit(features: bad, labels: y, classCount: 3, config: .standard, seed: 0)
        #expect(!diverged.isFinite)
        #expect(diverged.accuracy(x, labels: y).isNaN)
    }
}
