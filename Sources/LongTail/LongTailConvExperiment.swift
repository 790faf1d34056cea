import ConvNet
import Datasets
import Foundation
import Learning
import LinearAlgebra

/// One seeded run on real long-tailed data with the convolutional encoder (`config.conv`, issue
/// 26), the report's long-tail unit since issue 26. The protocol is `LongTailExperiment`'s except
/// the encoder:
///
/// 1. the training and test splits (`LongTailData`), the first `testLimit` test images;
/// 2. the long-tailed subset, class order and images drawn from the run seed, per-pixel
///    standardisation fitted on it (`ConvLongTailRun`);
/// 3. SimCLR training of the conv encoder on the subset, or SDCLR with the pruned
///    self-competitor when `conv.pruneRatio` is set (`ContrastiveConvTrainer`), fresh views every
///    epoch; `conv.epochs` = 0 is the untrained encoder;
/// 4. the softmax linear probe on the backbone features of a balanced subset of
///    `probePerClass` images per class of the full training split (stream 5 of the run seed: the
///    same images as `LongTailBaselines.rawPixels`), accuracy, per-class accuracy and Δ20 by the
///    seed's frequency ranks.
///
/// `finalLoss` is the mean NT-Xent loss of the last epoch (NaN without training); a run whose
/// loss or probe accuracy is not finite is `diverged` with NaN metrics. No wall clock: the result
/// is a pure function of (config, seed, data files).
public enum LongTailConvExperiment {
    public static func run(_ config: LongTailConfig, seed: UInt64, dataDirectory: String?) throws -> LongTailResult {
        precondition(config.conv != nil, "LongTailConvExperiment.run: the configuration has no conv encoder")
        try config.validate()
        let conv = config.conv!
        let train = try LongTailData.load(config.dataset, split: .train, directory: dataDirectory)
        var test = try LongTailData.load(config.dataset, split: .test, directory: dataDirectory)
        if let limit = config.testLimit, limit < test.count { test = test.subset(Array(0..<limit)) }
        try requireMinimumSize(train: train, testImages: test.count, config: config, seed: seed, dataDirectory: dataDirectory)
        var probeRNG = SeededRNG(seed: seed, stream: 5)   // the same subset as the raw-pixel baseline
        let probeIndices = LongTailExperiment.balancedSubset(labels: train.labels, classCount: train.classCount,
                                                             perClass: config.probePerClass, rng: &probeRNG)
        let r = ConvLongTailRun.run(train: train, test: test, rho: config.rho, nMax: config.nMax, probeIndices: probeIndices,
                                    probe: config.probe, config: conv, seed: seed)
        let C = train.classCount
        if !r.epochLosses.allSatisfy(\.isFinite) || !r.accuracy.isFinite {
            return LongTailResult(seed: seed, diverged: true, accuracy: .nan, perClassAccuracy: Array(repeating: .nan, count: C),
                                  trainCounts: r.trainCounts, headTailGap: .nan, finalLoss: .nan, classesByRank: r.classesByRank)
        }
        return LongTailResult(seed: seed, diverged: false, accuracy: r.accuracy, perClassAccuracy: r.perClassAccuracy,
                              trainCounts: r.trainCounts, headTailGap: r.headTailGap, finalLoss: r.epochLosses.last ?? .nan,
                              classesByRank: r.classesByRank)
    }

    /// Refuses data too small to run: NT-Xent needs a batch of at least 2 images (the batch is
    /// min(N, images of the long-tailed subset)), and the probe at least one test image.
    static func requireMinimumSize(train: LabeledImages, testImages: Int, config: LongTailConfig, seed: UInt64,
                                   dataDirectory: String?) throws {
        let dir = (try? LongTailData.resolveDirectory(config.dataset, dataDirectory)) ?? (dataDirectory ?? "?")
        let available = LongTail.subsample(train, rho: config.rho, nMax: config.nMax, seed: seed).data.count
        if available < 2 {
            throw DatasetError("the \(config.dataset) training data in \(dir) give a long-tailed subset (ρ = \(config.rho)) of \(available) image(s): the contrastive loss needs a batch of at least 2. Use the full data set (more training images per class) or a larger nMax.")
        }
        if testImages < 1 {
            throw DatasetError("the \(config.dataset) test data in \(dir) hold no images; the linear probe needs at least 1. Reinstall or re-download the data set.")
        }
    }
}
