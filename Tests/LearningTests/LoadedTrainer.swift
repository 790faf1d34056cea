@testable import Learning
import LinearAlgebra

/// A trainer for `config` with one batch of `config.batchSize` synthetic pairs loaded (random
/// dictionary, attention scale 1; dictionary, pairs and initial weights drawn from one stream of `seed`),
/// in the given forward layout.
func loadedTrainer(_ config: EngineConfig, seed: UInt64, transposed: Bool) -> ContrastiveTrainer {
    // One BLAS thread, as the engine's callers run it: other suites set it concurrently, and a GEMM split
    // over threads rounds differently.
    BLAS.setThreads(1)
    var rng = SeededRNG(seed: seed)
    let set = syntheticSet(config, count: config.batchSize, rng: &rng)
    let trainer = ContrastiveTrainer(config: config, rng: &rng)
    trainer.transposedForward = transposed
    trainer.loadBatch(from: set, indices: Array(0..<config.batchSize)[...])
    return trainer
}

/// `count` synthetic pairs for `config` (random dictionary, attention scale 1), dictionary and pairs
/// drawn from `rng` in that order.
func syntheticSet(_ config: EngineConfig, count: Int, rng: inout SeededRNG) -> TrainingSet {
    let dict = FeatureDictionary(kind: .random, features: config.features, ambientDim: config.ambientDim, rng: &rng)
    let model = SyntheticDataModel(config: config, dictionary: dict)
    return TrainingSet.synthetic(model: model, attention: FrozenAttention(tokens: config.tokens, scale: 1), count: count, rng: &rng)
}
