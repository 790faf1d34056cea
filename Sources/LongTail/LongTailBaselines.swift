import Datasets
import Foundation
import Learning
import LinearAlgebra

/// Reference points for the long-tail table, so its accuracies can be read on a scale:
///
/// - `rawPixels`: the same linear probe (same balanced labelled subset, same test images) on the
///   raw standardised pixels — what a linear classifier gets without any encoder;
/// - `untrainedEncoder`: the probe on the encoder at initialisation, the ρ = 1 pipeline with the
///   same seed (so the same initial weights): the conv encoder with 0 epochs (random He weights,
///   batch norm at identity), or the synthetic encoder after one SGD step of η = 1e-9 (random
///   weights with their noise threshold) — what contrastive training adds.
public enum LongTailBaselines {
    public enum Kind: String, Codable, Sendable, CaseIterable { case rawPixels, untrainedEncoder }

    public static func accuracy(_ kind: Kind, config: LongTailConfig, seed: UInt64, dataDirectory: String?) throws -> Double {
        switch kind {
        case .untrainedEncoder where config.conv != nil:
            var c = config
            c.conv!.epochs = 0
            c.conv!.pruneRatio = nil
            return try LongTailExperiment.run(c, seed: seed, dataDirectory: dataDirectory).accuracy
        case .untrainedEncoder:
            var c = config
            c.engine.steps = 1
            c.engine.learningRate = 1e-9
            return try LongTailExperiment.run(c, seed: seed, dataDirectory: dataDirectory).accuracy
        case .rawPixels:
            let train = try LongTailData.load(config.dataset, split: .train, directory: dataDirectory)
            var test = try LongTailData.load(config.dataset, split: .test, directory: dataDirectory)
            if let limit = config.testLimit, limit < test.count { test = test.subset(Array(0..<limit)) }
            var probeRNG = SeededRNG(seed: seed, stream: 5)   // the same subset as LongTailExperiment's probe
            let probeSet = train.subset(LongTailExperiment.balancedSubset(labels: train.labels, classCount: train.classCount,
                                                                          perClass: config.probePerClass, rng: &probeRNG))
            let standardizer = PixelStandardizer.fit(probeSet)
            func pixels(_ d: LabeledImages) -> Matrix {
                Matrix(rows: d.count, cols: d.pixelsPerImage, data: standardizer.apply(d).pixels)
            }
            let probe = SoftmaxProbe.fit(features: pixels(probeSet), labels: probeSet.labels, classCount: train.classCount,
                                         config: config.probe, seed: seed)
            return probe.accuracy(pixels(test), labels: test.labels)
        }
    }
}
