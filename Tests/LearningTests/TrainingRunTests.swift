import Testing
@testable import Learning
import LinearAlgebra

@Suite struct TrainingRunTests {
    @Test func sameSeedGivesIdenticalBits() {
        BLAS.setThreads(1)
        var c = Preset.quick.config
        c.steps = 200
        let a = ContrastiveRun.run(config: c, seed: 3), b = ContrastiveRun.run(config: c, seed: 3)
        #expect(a == b)
        let other = ContrastiveRun.run(config: c, seed: 4)
        #expect(other.metrics != a.metrics)
    }

    @Test func lossFallsAndMajorityIsLearnedBetterThanMinority() {
        BLAS.setThreads(1)
        var c = Preset.quick.config
        c.epsMin = 0.1
        let r = ContrastiveRun.run(config: c, seed: 1)
        #expect(!r.diverged)
        let loss = r.trajectory.loss
        #expect(loss.last! < loss.first! - 0.5, "loss \(loss.first!) → \(loss.last!)")
        #expect(r.metrics.dense.maxCosMajority > r.metrics.dense.maxCosMinority + 0.1)
        #expect(r.metrics.dense.alignedMajority > r.metrics.dense.alignedMinority)
        #expect(r.metrics.regressionMSEMinority > r.metrics.regressionMSEMajority)
        #expect(r.trajectory.steps.count == r.trajectory.loss.count)
        #expect(r.trajectory.majorityNeuron!.dominant.count == r.trajectory.steps.count)
    }

    @Test func divergenceIsRecordedNotDropped() {
        BLAS.setThreads(1)
        var c = Preset.quick.config
        c.learningRate = 90; c.temperature = 0.01; c.initScale = 5; c.steps = 50
        let r = ContrastiveRun.run(config: c, seed: 1)
        #expect(r.diverged)
        #expect(r.metrics.dense.maxCosMinority.isNaN && r.metrics.masked.maxCosMinority.isNaN)
        #expect(r.divergedAtStep != nil)
    }

    @Test func prunedRunsTrainAndKeepMaskRatio() {
        BLAS.setThreads(1)
        for branch in PruneBranch.allCases { for g in PruneGranularity.allCases {
            var c = Preset.quick.config
            c.steps = 300; c.pruneRatio = 0.5; c.pruneBranch = branch; c.pruneGranularity = g
            let r = ContrastiveRun.run(config: c, seed: 2)
            #expect(!r.diverged)
            #expect(r.trajectory.loss.last! < r.trajectory.loss.first!)
        } }
    }

    /// Without pruning the masked metrics equal the dense ones; with weight-level pruning on an identity
    /// dictionary ⟨w̃_i, e_j⟩ is w_ij or 0, so the masked coefficient max_i |⟨w̃_i, M_j⟩| cannot exceed the
    /// dense one, and 90% zeroed coordinates make them differ.
    @Test func denseAndMaskedMetrics() {
        BLAS.setThreads(1)
        var c = Preset.quick.config
        c.steps = 200; c.dictionary = .identity
        let dense = ContrastiveRun.run(config: c, seed: 1)
        let m = dense.metrics
        #expect(m.masked == m.dense)
        c.pruneRatio = 0.9; c.pruneGranularity = .weight; c.pruneBranch = .both
        let pruned = ContrastiveRun.run(config: c, seed: 1).metrics
        #expect(pruned.masked.coefMinority <= pruned.dense.coefMinority && pruned.masked.coefMajority <= pruned.dense.coefMajority)
        #expect(pruned.masked != pruned.dense)
        #expect(pruned[weights: .masked] == pruned.masked && pruned[weights: .dense] == pruned.dense)
        // The Fig 1 trace carries the random noise-direction projection at every checkpoint.
        let t = dense.trajectory.majorityNeuron!
        #expect(t.noiseDirection.count == t.dominant.count && t.noiseDirection.allSatisfy { $0 >= 0 && $0.isFinite })
    }

    /// The random noise direction is a unit vector orthogonal to every feature.
    @Test func noiseDirectionIsInTheNoiseSpace() {
        var rng = SeededRNG(seed: 1, stream: 1)
        let dict = FeatureDictionary(kind: .random, features: 4, ambientDim: 16, rng: &rng)
        var r9 = SeededRNG(seed: 1, stream: 9)
        let v = dict.randomNoiseDirection(rng: &r9)
        #expect(abs(v.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
        for j in 0..<4 {
            let p = (0..<16).reduce(0.0) { $0 + Double(dict.rows[j, $1]) * v[$1] }
            #expect(abs(p) < 1e-6)
        }
    }
}
