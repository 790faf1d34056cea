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
        #expect(r.metrics.maxCosMajority > r.metrics.maxCosMinority + 0.1)
        #expect(r.metrics.alignedMajority > r.metrics.alignedMinority)
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
        #expect(r.metrics.maxCosMinority.isNaN)
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
}
