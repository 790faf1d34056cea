import Testing
@testable import Learning
import LinearAlgebra

/// The fresh-batch path: the sampler's views, the permutation of Y, and the trainer's batch drawn in place.
@Suite struct PairSamplerTests {
    func model(_ configure: (inout EngineConfig) -> Void) -> SyntheticDataModel {
        var c = EngineConfig()
        c.features = 6; c.ambientDim = 20; c.activation = 0.4
        configure(&c)
        var rng = SeededRNG(seed: 4)
        return SyntheticDataModel(config: c, dictionary: FeatureDictionary(kind: .random, features: c.features,
                                                                          ambientDim: c.ambientDim, rng: &rng))
    }

    func rows(_ m: Matrix, _ range: Range<Int>) -> [[Float]] { range.map { r in (0..<m.cols).map { m[r, $0] } } }

    @Test func withoutNoiseYIsAPermutationOfXPerSample() {
        for pair in [PositivePairKind.permuted, .aligned] {
            let model = model { $0.nsr = 0; $0.positivePair = pair }
            var rng = SeededRNG(seed: 1)
            let (z, x, y) = model.samplePairs(count: 200, rng: &rng)
            let L = model.config.tokens
            var reordered = 0
            for s in 0..<200 {
                let xs = rows(x, (s * L)..<((s + 1) * L)), ys = rows(y, (s * L)..<((s + 1) * L))
                #expect(xs.sorted { $0.lexicographicallyPrecedes($1) } == ys.sorted { $0.lexicographicallyPrecedes($1) })
                if xs != ys { reordered += 1 }
                // X = Z·M exactly where a token has one active feature of sign ±1.
                for l in 0..<L {
                    let active = (0..<6).filter { z[s * L + l, $0] != 0 }
                    if active.count == 1 {
                        let j = active[0], sign = z[s * L + l, j]
                        for c in 0..<20 { #expect(x[s * L + l, c] == sign * model.dictionary.rows[j, c]) }
                    }
                }
            }
            if pair == .aligned { #expect(reordered == 0) } else { #expect(reordered > 100) }
        }
    }

    @Test func drawBatchIsAttentionOfTheSampledViews() {
        var config = Preset.quick.config
        config.batchSize = 8
        var rng = SeededRNG(seed: 3)
        let dict = FeatureDictionary(kind: .random, features: config.features, ambientDim: config.ambientDim, rng: &rng)
        let model = SyntheticDataModel(config: config, dictionary: dict)
        let attention = FrozenAttention(tokens: config.tokens, scale: config.effectiveAttentionScale)
        var r1 = SeededRNG(seed: 8), r2 = SeededRNG(seed: 8), initRNG = SeededRNG(seed: 1)
        let trainer = ContrastiveTrainer(config: config, rng: &initRNG)
        let sampler = PairSampler(model: model, count: 8, rng: &r1)
        trainer.drawBatch(from: sampler, attention: attention)
        let reference = PairSampler(model: model, count: 8, rng: &r2)
        let n = 8 * config.tokens * config.ambientDim
        var x = Matrix(rows: 8 * config.tokens, cols: config.ambientDim), y = x
        x.data.withUnsafeMutableBufferPointer { px in
            y.data.withUnsafeMutableBufferPointer { py in reference.draw(latents: nil, x: px.baseAddress!, y: py.baseAddress!) }
        }
        #expect(trainer.batchX == attention.apply(x))
        #expect(trainer.batchY == attention.apply(y))
        #expect(trainer.batchX.count == n)
        // The next draw is a different batch.
        let first = trainer.batchX
        trainer.drawBatch(from: sampler, attention: attention)
        #expect(trainer.batchX != first)
    }

    /// The fused per-sample path (`drawAttended`) against the three-pass one (`draw`, then the attention
    /// over each whole view), bit for bit, over consecutive draws (the streams must continue alike):
    /// the default shapes, aligned pairs, no noise, and L·d1 = 60 (not a multiple of the 16-normal
    /// block, so one sample's noise ends inside a block and the next sample continues it).
    @Test(arguments: [(256, 4, 1.0, PositivePairKind.permuted), (256, 4, 1.0, .aligned), (256, 4, 0, .permuted),
                      (20, 3, 1.0, .permuted), (20, 3, 0.5, .aligned)])
    func fusedDrawIsBitIdenticalToThreePasses(dim: Int, tokens: Int, nsr: Double, pair: PositivePairKind) {
        var config = Preset.default.config
        config.ambientDim = dim; config.tokens = tokens; config.nsr = nsr; config.positivePair = pair
        config.batchSize = 16
        config.features = min(config.features, dim / 3)
        var rng = SeededRNG(seed: 5)
        let dict = FeatureDictionary(kind: config.dictionary, features: config.features, ambientDim: dim, rng: &rng)
        let model = SyntheticDataModel(config: config, dictionary: dict)
        let attention = FrozenAttention(tokens: tokens, scale: config.effectiveAttentionScale)
        var r1 = SeededRNG(seed: 9), r2 = SeededRNG(seed: 9), initRNG = SeededRNG(seed: 1)
        let trainer = ContrastiveTrainer(config: config, rng: &initRNG)
        let fused = PairSampler(model: model, count: 16, rng: &r1), reference = PairSampler(model: model, count: 16, rng: &r2)
        var x = Matrix(rows: 16 * tokens, cols: dim), y = x
        for _ in 0..<3 {
            trainer.drawBatch(from: fused, attention: attention)
            x.data.withUnsafeMutableBufferPointer { px in
                y.data.withUnsafeMutableBufferPointer { py in reference.draw(latents: nil, x: px.baseAddress!, y: py.baseAddress!) }
            }
            let ax = attention.apply(x), ay = attention.apply(y)
            #expect(trainer.batchX.data.map(\.bitPattern) == ax.data.map(\.bitPattern))
            #expect(trainer.batchY.data.map(\.bitPattern) == ay.data.map(\.bitPattern))
        }
    }
}
