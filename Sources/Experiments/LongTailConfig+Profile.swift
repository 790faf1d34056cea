import ConvNet
import Learning
import LongTail

/// The long-tail run of each report profile (the report's sizes; `LongTail` knows no profile).
extension LongTailConfig {
    /// The conv encoder and its training per report profile: `ConvTrainingConfig.standard` (c8 of
    /// Benchmarks/longtail.md: 3 epochs of N = 128, AdamW, τ = 0.2, SimCLR views), `quick` with one
    /// epoch; `pruneRatio` > 0 makes it the with-pruning arm (`pruningReading`).
    public static func convTraining(_ p: ReportProfile, pruneRatio: Double) -> ConvTrainingConfig {
        var conv = ConvTrainingConfig.standard
        if p == .quick { conv.epochs = 1 }
        conv.pruneRatio = pruneRatio > 0 ? pruneRatio : nil
        conv.pruningReading = pruningReading
        return conv
    }

    /// Sizes per report profile (Fashion-MNIST; use `forDataset` for CIFAR). The encoder is the
    /// conv encoder (`convTraining`); the probe is `SoftmaxProbeConfig.standard` on a balanced
    /// subset of the full training split.
    ///
    /// - `quick`: nMax 100, 1 epoch, probe 100/class, 1000 test images (exercises the path in tests).
    /// - `default`: nMax 1000, 3 epochs, probe 200/class, 2000 test images — one ρ = 1 run ≈ 34 CPU s.
    /// - `paper`: nMax 5000 (the whole training split at ρ = 1), 3 epochs, probe 1000/class, the
    ///   whole test set (not measured at this size).
    ///
    /// The synthetic encoder's settings stay in `engine` (issue 17, used when `conv` is nil, e.g.
    /// `clreport longtail --encoder transformer`): position-slot tokens of 14×14 patches (L = 4,
    /// d1 = 784), ZCA-whitened per patch and divided by √(patch dimension), s = 1, standard
    /// augmentation, σ0 = 0.01, τ = 0.5, η = 1, κ = 1 tracked from 10% to 60% of T; m = 64 / 128 /
    /// 256, 400 / 1000 / 4000 steps of K = 128 / 128 / 256. `pruneRatio` > 0 turns on weight-level
    /// both-branch pruning there.
    public static func profile(_ p: ReportProfile, rho: Double, pruneRatio: Double) -> LongTailConfig {
        var e = EngineConfig()
        e.attentionScale = 1
        e.initScale = 0.01
        e.temperature = 0.5
        e.learningRate = 1
        e.weightDecay = 0
        e.biasKappa = 1
        e.biasMode = .tracked
        e.biasStart = 0.1
        e.biasFreeze = 0.6
        e.pruneRatio = pruneRatio
        e.pruneGranularity = .weight
        e.pruneBranch = .both
        e.pruneStart = 0.1
        e.pruneRefresh = 10
        e.checkpoints = 2
        var c = LongTailConfig(dataset: .fashionMNIST, rho: rho, nMax: 1000, patchSize: 14, augmentation: .standard,
                               pairsPerImage: 1, engine: e, probe: .standard, probePerClass: 200, testLimit: 2000,
                               positionSlots: true, conv: convTraining(p, pruneRatio: pruneRatio))
        switch p {
        case .quick:
            c.nMax = 100; c.pairsPerImage = 1; c.probePerClass = 100; c.testLimit = 1000
            c.engine.neurons = 64; c.engine.batchSize = 128; c.engine.steps = 400
        case .default:
            c.engine.neurons = 128; c.engine.batchSize = 128; c.engine.steps = 1000
        case .paper:
            c.nMax = 5000; c.pairsPerImage = 1; c.probePerClass = 1000; c.testLimit = nil
            c.engine.neurons = 256; c.engine.batchSize = 256; c.engine.steps = 4000
        }
        return c.forDataset(.fashionMNIST)
    }
}
