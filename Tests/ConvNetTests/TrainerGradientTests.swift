import ConvNet
import Datasets
import Foundation
import LinearAlgebra
import Testing

/// End-to-end gradient checks of one SimCLR/SDCLR step (both branches, batch norm, pooling, head,
/// NT-Xent) against finite differences of the loss, and the pruning mask's arithmetic.
@Suite struct TrainerGradientTests {
    static func trainer(pruneRatio: Double?, reading: PruningReading) -> ContrastiveConvTrainer {
        let enc = ConvEncoderConfig(channels: [3, 4], kernel: 3, batchNorm: true, pool: .average, headHidden: 5, projection: 3)
        let cfg = ConvTrainingConfig(encoder: enc, epochs: 1, batchSize: 3, temperature: 0.5,
                                     optimizer: OptimizerConfig(kind: .sgd, learningRate: 0.1),
                                     augmentation: .none, pruneRatio: pruneRatio, pruningReading: reading)
        let t = ContrastiveConvTrainer(config: cfg, channels: 1, height: 6, width: 6, seed: 5)
        var rng = SeededRNG(seed: 6)
        for i in 0..<t.inputA.count { t.inputA[i] = Float(rng.normal()); t.inputB[i] = Float(rng.normal()) }
        return t
    }

    /// For every parameter tensor θ with analytic gradient g: the finite-difference derivative
    /// of L along the unit direction ĝ = g/‖g‖, (L(θ + εĝ) − L(θ − εĝ))/2ε, must equal ‖g‖
    /// (relative error returned); a direction check averages the per-coordinate Float noise that
    /// swamps single coordinates of a deep net. Tensors with ‖g‖ ≈ 0 (conv biases before batch
    /// norm, whose true gradient is 0) must show a derivative ≈ 0 along a random direction.
    /// W ⊙ M is recomputed under the fixed mask for the pruned branch.
    static func errors(_ t: ContrastiveConvTrainer, epsilon: Float = 3e-3) -> [Double] {
        t.encoder.zeroGradients()
        t.accumulateGradients()
        var rng = SeededRNG(seed: 99)
        return t.encoder.parameters.map { p in
            let g = p.grad.array.map(Double.init)
            let norm = g.map { $0 * $0 }.reduce(0, +).squareRoot()
            var dir = norm > 1e-5 ? g.map { $0 / norm } : g.map { _ in rng.normal() }
            if norm <= 1e-5 { let s = dir.map { $0 * $0 }.reduce(0, +).squareRoot(); dir = dir.map { $0 / s } }
            let saved = p.value.array
            func loss(_ sign: Float) -> Double {
                for i in 0..<p.count { p.value[i] = saved[i] + sign * epsilon * Float(dir[i]) }
                t.pruning?.refreshMaskedWeights()
                return t.lossOnly()
            }
            let num = (loss(1) - loss(-1)) / (2 * Double(epsilon))
            for i in 0..<p.count { p.value[i] = saved[i] }
            t.pruning?.refreshMaskedWeights()
            return norm > 1e-5 ? abs(num - norm) / norm : (abs(num) < 1e-3 ? 0 : 1)
        }
    }

    @Test func denseSimCLRStepGradientMatchesFiniteDifferences() {
        let errs = Self.errors(Self.trainer(pruneRatio: nil, reading: .selfCompetitor))
        #expect(errs.allSatisfy { $0 < 2e-2 }, "relative errors \(errs)")
    }

    @Test func selfCompetitorGradientIsTheGradientThroughTheMask() {
        // SDCLR: L(W) = NT-Xent(dense(W), pruned(W ⊙ M)); its exact gradient w.r.t. W is the
        // self-competitor reading, so finite differences on W (mask fixed) must agree.
        let t = Self.trainer(pruneRatio: 0.5, reading: .selfCompetitor)
        let errs = Self.errors(t)
        #expect(errs.allSatisfy { $0 < 2e-2 }, "relative errors \(errs)")
        #expect(abs(t.pruning!.prunedFraction - 0.5) < 0.02)
    }

    @Test func straightThroughAddsThePrunedBranchGradientToPrunedWeights() {
        // The two readings differ exactly by (1 − M) ⊙ g̃ on the conv weights.
        let a = Self.trainer(pruneRatio: 0.5, reading: .selfCompetitor)
        let b = Self.trainer(pruneRatio: 0.5, reading: .straightThrough)
        a.encoder.zeroGradients(); a.accumulateGradients()
        b.encoder.zeroGradients(); b.accumulateGradients()
        var differsOnPruned = false
        for (j, (pa, pb)) in zip(a.encoder.convWeights, b.encoder.convWeights).enumerated() {
            let mask = a.pruning!.masks[j]
            for i in 0..<pa.count {
                if mask[i] == 1 { #expect(pa.grad[i] == pb.grad[i]) } else if pa.grad[i] != pb.grad[i] { differsOnPruned = true }
            }
        }
        #expect(differsOnPruned)
        // Non-conv parameters take the same gradient under both readings.
        #expect(a.encoder.head[0].weight.grad.array == b.encoder.head[0].weight.grad.array)
    }

    @Test func globalMagnitudeMaskKeepsTheLargestWeightsAcrossLayers() {
        let p1 = Parameter(count: 4, decays: true, isConvWeight: true)
        let p2 = Parameter(count: 6, decays: true, isConvWeight: true)
        for (i, v) in [0.1, -5, 0.2, 3].enumerated() { p1.value[i] = Float(v) }
        for (i, v) in [-0.3, 0.05, 4, -2, 0.4, 1].enumerated() { p2.value[i] = Float(v) }
        let pr = MagnitudePruning(weights: [p1, p2], ratio: 0.6)   // prune 6 of 10: keep the 4 with |w| ≥ 2
        #expect(pr.masks[0].array == [0, 1, 0, 1])
        #expect(pr.masks[1].array == [0, 0, 1, 1, 0, 0])
        #expect(pr.maskedWeights[0].array == [0, -5, 0, 3])
        #expect(abs(pr.prunedFraction - 0.6) < 1e-12)
        // Recomputed from the current weights.
        p1.value[0] = 10
        pr.updateMask()
        #expect(pr.masks[0].array == [1, 1, 0, 1])
        #expect(pr.masks[1].array == [0, 0, 1, 0, 0, 0])
    }

    @Test func invalidConfigsAreRejectedWithTheFieldNamed() {
        var c = ConvTrainingConfig.standard
        c.pruneRatio = 1.5
        #expect(throws: ConvNetError.self) { try c.validate() }
        c = .standard
        c.batchSize = 1
        do { try c.validate(); Issue.record("batch 1 accepted") } catch { #expect("\(error)".contains("batchSize")) }
    }
}
