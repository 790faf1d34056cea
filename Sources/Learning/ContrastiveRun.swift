import LinearAlgebra

/// One seeded synthetic experiment end to end: data → frozen attention → contrastive training
/// (with bias schedule and optional pruning) → measurements. Same (config, seed) ⇒ same bits.
///
/// Random streams (all from `seed`): 1 dictionary, 2 training pairs, 3 initial weights,
/// 4 batch order, 5 fresh training pairs, 6 test pairs, 7 probe samples, 8 probe targets β,
/// 9 the random noise direction of the Fig 1 traces.
///
/// Weight-based metrics are measured twice: on the dense (learned) weights W and on the masked
/// weights W ⊙ mask of the pruned forward pass (`RunMetrics.masked`). The Fig 1 traces read W.
/// The caller pins OpenBLAS to one thread (`BLAS.setThreads(1)`) and runs seeds in parallel.
public enum ContrastiveRun {
    public static func run(config: EngineConfig, seed: UInt64) -> RunResult {
        var dictRNG = SeededRNG(seed: seed, stream: 1)
        let dictionary = FeatureDictionary(kind: config.dictionary, features: config.features,
                                           ambientDim: config.ambientDim, rng: &dictRNG)
        let model = SyntheticDataModel(config: config, dictionary: dictionary)
        let attention = FrozenAttention(tokens: config.tokens, scale: config.effectiveAttentionScale)
        let L = config.tokens, K = config.batchSize, T = config.steps

        // The fixed training set (or, with freshSamples, a sample of the same size for the data checks).
        var dataRNG = SeededRNG(seed: seed, stream: 2)
        let (z, x, y) = model.samplePairs(count: config.freshSamples ? K : config.trainPairs, rng: &dataRNG)
        let stats = DataModelCheck.measure(latents: z, tokens: x, model: model)
        let trainSet = config.freshSamples ? nil
            : TrainingSet(anchors: attention.apply(x), positives: attention.apply(y), tokens: L)

        var initRNG = SeededRNG(seed: seed, stream: 3)
        let trainer = ContrastiveTrainer(config: config, rng: &initRNG)
        var batches = BatchOrder(count: trainSet?.count ?? 0, rng: SeededRNG(seed: seed, stream: 4))
        var freshRNG = SeededRNG(seed: seed, stream: 5)
        let fresh = config.freshSamples ? PairSampler(model: model, count: K, rng: &freshRNG) : nil

        let checkpointSteps = Checkpoints.steps(total: T, count: config.checkpoints)
        var nextCheckpoint = 0
        var magnitudes: [[Float]] = [], noiseNorms: [[Double]] = [], noiseDirs: [[Double]] = [], lossCurve: [Double] = []
        var lossSum = 0.0, lossCount = 0
        var directionRNG = SeededRNG(seed: seed, stream: 9)
        let noiseDirection = dictionary.randomNoiseDirection(rng: &directionRNG)

        func record(_ t: Int) {
            let a = Alignment(weights: trainer.weights, dictionary: dictionary)
            magnitudes.append(a.magnitudes.data)
            noiseNorms.append(a.noiseNorms)
            noiseDirs.append(FeatureDictionary.projectionMagnitudes(of: trainer.weights, on: noiseDirection))
            lossCurve.append(lossCount > 0 ? lossSum / Double(lossCount) : .nan)
            lossSum = 0; lossCount = 0
        }

        let training = TrainingLoop.run(trainer, steps: T, loadBatch: { _ in
            if let set = trainSet {
                trainer.loadBatch(from: set, indices: batches.next(K))
            } else {
                trainer.drawBatch(from: fresh!, attention: attention)
            }
        }, afterStep: { t, loss in
            lossSum += loss; lossCount += 1
            if t == 0 { lossCurve.append(loss) }  // the curve starts at the first batch's loss
            while nextCheckpoint < checkpointSteps.count && checkpointSteps[nextCheckpoint] == t + 1 {
                record(t + 1); nextCheckpoint += 1
            }
        })
        let divergedAt = training.divergedAtStep
        let recordedSteps = Array(checkpointSteps.prefix(magnitudes.count))

        var result = RunResult(seed: seed, diverged: divergedAt != nil, divergedAtStep: divergedAt,
                               metrics: .nanMetrics(stats), trajectory: Trajectory(
                                   steps: [0] + recordedSteps, loss: [], biasStartStep: config.biasStartStep,
                                   biasFreezeStep: config.biasFreezeStep,
                                   pruneStartStep: config.pruningEnabled ? config.pruneStartStep : nil,
                                   majorityNeuron: nil, minorityNeuron: nil))
        result.trajectory.loss = Array(lossCurve.prefix(1 + magnitudes.count))
        guard divergedAt == nil else {
            result.trajectory.steps = Array(result.trajectory.steps.prefix(result.trajectory.loss.count))
            return result
        }

        // Measurements on the trained encoder.
        let weights = trainer.anchorWeights()
        let encoder = Encoder(weights: weights, bias: trainer.bias, tokens: L)
        let alignment = Alignment(weights: trainer.weights, dictionary: dictionary)
        let maskedAlignment = Alignment(weights: trainer.maskedWeights(), dictionary: dictionary)
        let majority = 0..<config.majorityCount, minority = config.majorityCount..<config.features
        let theta = config.alignThreshold

        var testRNG = SeededRNG(seed: seed, stream: 6)
        let (_, tx, ty) = model.samplePairs(count: config.testPairs, rng: &testRNG)
        let cosine = PositivePairCosine.mean(encoder.features(attention.apply(tx)), encoder.features(attention.apply(ty)))

        var probeRNG = SeededRNG(seed: seed, stream: 7), betaRNG = SeededRNG(seed: seed, stream: 8)
        let probe = ProbeTask(model: model, attention: attention, encoder: encoder, train: config.probeTrain,
                              test: config.probeTest, rng: &probeRNG)
        let mseMinority = probe.normalisedMSE(targetFeatures: minority, ridge: config.ridge, rng: &betaRNG)
        let mseMajority = probe.normalisedMSE(targetFeatures: majority, ridge: config.ridge, rng: &betaRNG)

        result.metrics = RunMetrics(
            dense: WeightMetrics(alignment, majority: majority, minority: minority, threshold: theta),
            masked: WeightMetrics(maskedAlignment, majority: majority, minority: minority, threshold: theta),
            positivePairCosine: cosine,
            regressionMSEMinority: mseMinority, regressionMSEMajority: mseMajority,
            finalLoss: training.finalLoss,
            empiricalRateMajority: stats.rateMajority, empiricalRateMinority: stats.rateMinority,
            empiricalNSR: stats.nsr)

        // Fig 1: the lucky neurons of each group, chosen by their final alignment.
        let allSteps = result.trajectory.steps
        let w0 = ContrastiveRun.initialWeights(config: config, seed: seed)
        let initial = Alignment(weights: w0, dictionary: dictionary)
        let mags = [initial.magnitudes.data] + magnitudes, noises = [initial.noiseNorms] + noiseNorms
        let dirs = [FeatureDictionary.projectionMagnitudes(of: w0, on: noiseDirection)] + noiseDirs
        func trace(_ group: Range<Int>) -> NeuronTrace? {
            alignment.luckiestNeuron(features: group).map {
                NeuronTrace.extract(neuron: $0.neuron, feature: $0.feature, steps: allSteps, magnitudes: mags,
                                    noiseNorms: noises, noiseDirections: dirs, features: config.features,
                                    dominance: config.stage3Dominance)
            }
        }
        result.trajectory.majorityNeuron = trace(majority)
        result.trajectory.minorityNeuron = trace(minority)
        return result
    }

    /// The initial weights W(0) of a run (stream 3), as the trainer draws them.
    static func initialWeights(config: EngineConfig, seed: UInt64) -> Matrix {
        var rng = SeededRNG(seed: seed, stream: 3)
        return ContrastiveTrainer(config: config, rng: &rng).weights
    }
}

extension RunMetrics {
    /// All learning metrics NaN (a diverged run), keeping the data-model checks.
    static func nanMetrics(_ s: DataModelCheck) -> RunMetrics {
        RunMetrics(dense: .nan, masked: .nan, positivePairCosine: .nan, regressionMSEMinority: .nan,
                   regressionMSEMajority: .nan, finalLoss: .nan,
                   empiricalRateMajority: s.rateMajority, empiricalRateMinority: s.rateMinority, empiricalNSR: s.nsr)
    }
}
