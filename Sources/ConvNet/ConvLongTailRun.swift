import Datasets
import Learning
import LinearAlgebra

/// One seeded long-tail run with the conv encoder, following `LongTailExperiment`'s protocol
/// step for step except the encoder:
///
/// 1. long-tailed subset of `train` (`LongTail.subsample` with the run seed: class order and
///    images), per-pixel standardisation fitted on it;
/// 2. SimCLR (or SDCLR with `config.pruneRatio`) training of the conv encoder on the subset,
///    fresh views every epoch (`ContrastiveConvTrainer`);
/// 3. backbone features (global average pool, dense weights) of the probe images
///    (`probeIndices` into `train`, the caller's balanced subset — the same images as the
///    raw-pixel baseline) and of `test`, softmax linear probe (`SoftmaxProbe`, seed = run seed),
///    accuracy, per-class accuracy and Δ20 by the seed's frequency ranks (`ProbeMetrics`).
///
/// No wall clock; the outcome is a pure function of the inputs.
public enum ConvLongTailRun {
    public struct Outcome: Sendable, Equatable {
        public var accuracy: Double
        public var perClassAccuracy: [Double]
        /// Δ20: mean accuracy of the 20 % most frequent classes minus the 20 % rarest.
        public var headTailGap: Double
        /// Mean NT-Xent loss of each epoch.
        public var epochLosses: [Double]
        /// Training images kept per class (by original label).
        public var trainCounts: [Int]
        /// The class of each frequency rank (rank 0 = head).
        public var classesByRank: [Int]
    }

    public static func run(train: LabeledImages, test: LabeledImages, rho: Double, nMax: Int, probeIndices: [Int],
                           probe: SoftmaxProbeConfig, config: ConvTrainingConfig, seed: UInt64) -> Outcome {
        let C = train.classCount
        let (ltRaw, counts) = LongTail.subsample(train, rho: rho, nMax: nMax, seed: seed)
        let ranks = LongTail.classRanks(classCount: C, seed: seed)
        let classesByRank = (0..<C).map { r in ranks.firstIndex(of: r)! }
        let standardizer = PixelStandardizer.fit(ltRaw)
        let lt = standardizer.apply(ltRaw)

        var cfg = config
        cfg.batchSize = min(cfg.batchSize, lt.count)
        let trainer = ContrastiveConvTrainer(config: cfg, channels: lt.channels, height: lt.height, width: lt.width, seed: seed)
        let losses = trainer.train(lt, seed: seed)

        let probeSet = standardizer.apply(train.subset(probeIndices))
        let fitted = SoftmaxProbe.fit(features: trainer.features(probeSet), labels: probeSet.labels, classCount: C,
                                      config: probe, seed: seed)
        let testFeatures = trainer.features(standardizer.apply(test))
        let accuracy = fitted.accuracy(testFeatures, labels: test.labels)
        let perClass = ProbeMetrics.perClassAccuracy(predictions: fitted.predict(testFeatures), labels: test.labels, classCount: C)
        let gap = ProbeMetrics.headTailGap(perClassAccuracy: classesByRank.map { perClass[$0] },
                                           trainCounts: classesByRank.map { counts[$0] }, fraction: 0.2)
        return Outcome(accuracy: accuracy, perClassAccuracy: perClass, headTailGap: gap, epochLosses: losses,
                       trainCounts: counts, classesByRank: classesByRank)
    }
}
