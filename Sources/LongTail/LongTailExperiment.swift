import Datasets
import Foundation
import Learning
import LinearAlgebra

/// One seeded run on real long-tailed data (SPEC §7), end to end:
///
/// 1. load the training and test splits (`LongTailData`, read once per process);
/// 2. long-tailed subset of the training split: the class of frequency rank r keeps
///    ⌊nMax·ρ^(−r/(C−1))⌋ images; the class-to-rank assignment and the kept images are drawn per
///    run seed (`LongTail.subsample` with the run seed: streams `LongTail.classOrderStream` and
///    `LongTail.imageStream`), so Δ20 averages over which classes are head and tail instead of
///    confounding frequency with class difficulty; the result records the assignment
///    (`LongTailResult.classesByRank`);
/// 3. per-pixel standardisation fitted on the LT subset, applied to every image used below;
/// 4. the fixed contrastive training set: `pairsPerImage` pairs per LT image, each view an
///    independent augmentation (in standardised pixel units) → non-overlapping patches → ZCA
///    whitening fitted on the clean LT patches (`patchWhitening`, see `LongTailWhitening` for why)
///    → divided by √d1, so a token has RMS norm ≈ 1, the scale of the synthetic model's tokens
///    (without it ‖x‖² ≈ 784 per image: the raw-inner-product InfoNCE started at loss ≈ 60 and
///    was NaN by step 6) → frozen attention with s = `engine.attentionScale` (profiles: s = 1;
///    without whitening this gives the same softmax weights as s = d1 on the undivided patches);
/// 5. `engine.steps` SGD steps on shuffled batches (bias threshold σ measured, see `LongTailConfig`);
/// 6. encoder features of a balanced probe subset of the full training split (`probePerClass`
///    per class, un-augmented) and of the test set → softmax linear probe → accuracy, per-class
///    accuracy, Δ20 by the seed's frequency ranks (ties, as at ρ = 1, keep the rank order, so Δ20
///    at ρ = 1 compares the classes that are head and tail at larger ρ).
///
/// Random streams (all from `seed`): `LongTail.classOrderStream` / `imageStream` the LT subset, 1 augmentations, 3 initial weights, 4 batch order, 5 probe
/// subset; the probe's own SGD uses `seed`. No wall clock: the result is a pure function of
/// (config, seed, data files). The caller pins OpenBLAS to one thread and runs seeds in parallel.
public enum LongTailExperiment {
    /// The conv encoder's run when `config.conv` is set (`LongTailConvExperiment`), else the
    /// synthetic encoder's (below).
    public static func run(_ config: LongTailConfig, seed: UInt64, dataDirectory: String?) throws -> LongTailResult {
        if config.conv != nil { return try LongTailConvExperiment.run(config, seed: seed, dataDirectory: dataDirectory) }
        try config.validate()
        let train = try LongTailData.load(config.dataset, split: .train, directory: dataDirectory)
        var test = try LongTailData.load(config.dataset, split: .test, directory: dataDirectory)
        if let limit = config.testLimit, limit < test.count { test = test.subset(Array(0..<limit)) }
        let C = train.classCount

        // 2–3. LT subset (class order and images drawn from the run seed) and standardisation.
        let (ltRaw, counts) = LongTail.subsample(train, rho: config.rho, nMax: config.nMax, seed: seed)
        let ranks = LongTail.classRanks(classCount: C, seed: seed)
        let classesByRank = (0..<C).map { r in ranks.firstIndex(of: r)! }
        try requireMinimumSize(ltImages: ltRaw.count, testImages: test.count, config: config, dataDirectory: dataDirectory)
        let standardizer = PixelStandardizer.fit(ltRaw)
        let lt = standardizer.apply(ltRaw)

        // 4. Fixed training set of augmented pairs, pair index = p·N + image index.
        let tokenizer = PatchTokenizer(patchSize: config.patchSize)
        let L = tokenizer.tokenCount(height: lt.height, width: lt.width)
        let patchDim = tokenizer.tokenDimension(channels: lt.channels)
        let d1 = config.tokenDimension(height: lt.height, width: lt.width, channels: lt.channels)
        let attention = FrozenAttention(tokens: L, scale: config.engine.attentionScale == 0 ? Double(d1) : config.engine.attentionScale)
        let tokenScale = 1 / Float(Double(patchDim).squareRoot())
        let whitening = config.patchWhitening ? LongTailWhitening.fit(tokenizer.tokenMatrix(of: lt)) : nil
        /// Tokens x^(l) = (whitened) standardised patch / √(c·p²), (n·L) × d1: RMS norm ≈ 1;
        /// with `positionSlots` patch l is written into slot l of a zero vector of dimension L·c·p².
        func tokens(_ images: LabeledImages) -> Matrix {
            var x = tokenizer.tokenMatrix(of: images)
            if let whitening { x = whitening.apply(x) }
            for i in x.data.indices { x.data[i] *= tokenScale }
            guard config.positionSlots else { return x }
            var slots = Matrix(rows: x.rows, cols: d1)
            for row in 0..<x.rows {
                let l = row % L
                let dst = row * d1 + l * patchDim, src = row * patchDim
                for k in 0..<patchDim { slots.data[dst + k] = x.data[src + k] }
            }
            return slots
        }
        let augmenter = Augmenter(config: config.augmentation)
        var augRNG = SeededRNG(seed: seed, stream: 1)
        var anchorViews = [Float](), positiveViews = [Float]()
        anchorViews.reserveCapacity(lt.pixels.count * config.pairsPerImage)
        positiveViews.reserveCapacity(lt.pixels.count * config.pairsPerImage)
        for _ in 0..<config.pairsPerImage {
            for i in 0..<lt.count {
                let img = lt.image(i)
                anchorViews += augmenter.augment(img, height: lt.height, width: lt.width, channels: lt.channels, rng: &augRNG)
                positiveViews += augmenter.augment(img, height: lt.height, width: lt.width, channels: lt.channels, rng: &augRNG)
            }
        }
        let pairLabels = Array(repeating: lt.labels, count: config.pairsPerImage).flatMap { $0 }
        func views(_ px: [Float]) -> LabeledImages {
            LabeledImages(height: lt.height, width: lt.width, channels: lt.channels, pixels: px, labels: pairLabels, classCount: C)
        }
        let anchors = attention.apply(tokens(views(anchorViews)))       // (N·L) × d1
        let positives = attention.apply(tokens(views(positiveViews)))   // (N·L) × d1
        anchorViews = []; positiveViews = []
        let set = TrainingSet(anchors: anchors, positives: positives, tokens: L)

        // σ for the bias threshold: RMS coordinate of the anchors' attention outputs.
        var sumSq = 0.0
        for v in anchors.data { sumSq += Double(v) * Double(v) }
        let sigma = (sumSq / Double(max(anchors.count, 1))).squareRoot()
        var engine = config.runEngine(sigma: sigma)
        engine.trainPairs = set.count

        // 5. Training.
        var initRNG = SeededRNG(seed: seed, stream: 3)
        let trainer = ContrastiveTrainer(config: engine, rng: &initRNG)
        var batches = BatchOrder(count: set.count, rng: SeededRNG(seed: seed, stream: 4))
        let K = engine.batchSize
        let training = TrainingLoop.run(trainer, steps: engine.steps, loadBatch: { _ in
            trainer.loadBatch(from: set, indices: batches.next(K))
        })
        let nanResult = LongTailResult(seed: seed, diverged: true, accuracy: .nan,
                                       perClassAccuracy: Array(repeating: .nan, count: C), trainCounts: counts,
                                       headTailGap: .nan, finalLoss: .nan, classesByRank: classesByRank)
        if training.divergedAtStep != nil { return nanResult }

        // 6. Linear probe on frozen features.
        let encoder = Encoder(weights: trainer.anchorWeights(), bias: trainer.bias, tokens: L)
        func features(_ images: LabeledImages) -> Matrix {                                // n × m
            encoder.features(attention.apply(tokens(standardizer.apply(images))))
        }
        var probeRNG = SeededRNG(seed: seed, stream: 5)
        let probeSet = train.subset(balancedSubset(labels: train.labels, classCount: C, perClass: config.probePerClass, rng: &probeRNG))
        let probe = SoftmaxProbe.fit(features: features(probeSet), labels: probeSet.labels, classCount: C,
                                     config: config.probe, seed: seed)
        let testFeatures = features(test)
        let accuracy = probe.accuracy(testFeatures, labels: test.labels)
        guard accuracy.isFinite else {
            // Features or probe blew up although the loss stayed finite: treat as diverged.
            return nanResult
        }
        let perClass = ProbeMetrics.perClassAccuracy(predictions: probe.predict(testFeatures), labels: test.labels, classCount: C)
        return LongTailResult(seed: seed, diverged: false, accuracy: accuracy, perClassAccuracy: perClass, trainCounts: counts,
                              headTailGap: ProbeMetrics.headTailGap(perClassAccuracy: classesByRank.map { perClass[$0] },
                                                                    trainCounts: classesByRank.map { counts[$0] }, fraction: 0.2),
                              finalLoss: training.finalLoss, classesByRank: classesByRank)
    }

    /// Refuses data too small to run: the training set holds N_LT · `pairsPerImage` pairs and
    /// one SGD batch draws K distinct pairs, so N_LT · pairsPerImage ≥ K is needed; the probe
    /// needs at least one test image. The message names the data directory and what is needed.
    static func requireMinimumSize(ltImages: Int, testImages: Int, config: LongTailConfig, dataDirectory: String?) throws {
        let dir = (try? LongTailData.resolveDirectory(config.dataset, dataDirectory)) ?? (dataDirectory ?? "?")
        let K = config.engine.batchSize, pairs = ltImages * config.pairsPerImage
        if pairs < K {
            let needed = (K + config.pairsPerImage - 1) / config.pairsPerImage
            throw DatasetError("the \(config.dataset) training data in \(dir) give a long-tailed subset (ρ = \(config.rho)) of \(ltImages) images, \(pairs) training pairs: fewer than one batch of \(K). The long-tailed subset needs at least \(needed) images; use the full data set (more training images per class) or a smaller batch size.")
        }
        if testImages < 1 {
            throw DatasetError("the \(config.dataset) test data in \(dir) hold no images; the linear probe needs at least 1. Reinstall or re-download the data set.")
        }
    }

    /// Indices of min(perClass, available) images of every class, drawn uniformly without
    /// replacement (partial Fisher–Yates per class, classes in order), returned sorted.
    public static func balancedSubset(labels: [Int], classCount: Int, perClass: Int, rng: inout SeededRNG) -> [Int] {
        var members = [[Int]](repeating: [], count: classCount)
        for (i, y) in labels.enumerated() { members[y].append(i) }
        var kept = [Int]()
        for c in 0..<classCount {
            var idx = members[c]
            let k = min(perClass, idx.count)
            for i in 0..<k { idx.swapAt(i, i + rng.int(below: idx.count - i)) }
            kept += idx[0..<k]
        }
        return kept.sorted()
    }
}
