import Testing
@testable import Learning
import LinearAlgebra

/// A fixed-set batch used where it lies (`RowGEMM`, transposed layout) trains bit for bit like the
/// gathered batch and `BLAS.sgemm`, through the bias, the pruning masks and both forward forms.
@Suite struct RowBatchTests {
    @Test(arguments: [PruneBranch.both, .competitor])
    func rowsInPlaceTrainLikeTheGatheredBatch(_ branch: PruneBranch) {
        BLAS.setThreads(1)  // as every caller of the engine does
        var c = EngineConfig()
        c.features = 6; c.ambientDim = 1030; c.tokens = 3; c.neurons = 10; c.batchSize = 12
        c.trainPairs = 40; c.steps = 12; c.biasStart = 0.1; c.biasFreeze = 0.9; c.nsr = 1
        c.pruneRatio = 0.5; c.pruneBranch = branch; c.pruneStart = 0.25; c.pruneRefresh = 3
        #expect(ContrastiveTrainer.prefersTransposedForward(neurons: c.neurons, ambientDim: c.ambientDim))
        var rng = SeededRNG(seed: 21)
        let set = syntheticSet(c, count: c.trainPairs, rng: &rng)
        var r1 = SeededRNG(seed: 4), r2 = SeededRNG(seed: 4)
        let gathered = ContrastiveTrainer(config: c, rng: &r1), inPlace = ContrastiveTrainer(config: c, rng: &r2)
        gathered.rowGEMM = nil
        var order = SeededRNG(seed: 9)
        for t in 0..<c.steps {
            let idx = (0..<c.batchSize).map { _ in order.int(below: c.trainPairs) }[...]
            gathered.loadBatch(from: set, indices: idx)
            inPlace.loadBatch(from: set, indices: idx)
            #expect(!gathered.batchIsRowsInPlace)
            if BLAS.coreName.lowercased() == "haswell" && RowGEMM.enabledByEnvironment {
                #expect(inPlace.batchIsRowsInPlace, "Haswell kernels: the batch should be used in place")
                #expect(inPlace.batchX.data == gathered.batchX.data && inPlace.batchY.data == gathered.batchY.data)
            }
            let la = gathered.step(t), lb = inPlace.step(t)
            #expect(la.bitPattern == lb.bitPattern, "step \(t): loss \(la) vs \(lb)")
            #expect(gathered.weights.data.map(\.bitPattern) == inPlace.weights.data.map(\.bitPattern), "step \(t): weights differ")
        }
        #expect(gathered.pruningWasActive && inPlace.pruningWasActive)
    }

    /// `gemmPath` (what `clreport bench` prints per preset) names the path the step takes and why.
    @Test func gemmPathSaysWhichGEMMsRanAndWhy() {
        BLAS.setThreads(1)
        var c = EngineConfig()
        c.features = 6; c.ambientDim = 1030; c.tokens = 3; c.neurons = 10; c.batchSize = 12; c.trainPairs = 40
        var rng = SeededRNG(seed: 21)
        let set = syntheticSet(c, count: c.trainPairs, rng: &rng)
        var r = SeededRNG(seed: 4)
        let trainer = ContrastiveTrainer(config: c, rng: &r)
        trainer.loadBatch(from: set, indices: Array(0..<c.batchSize)[...])
        switch RowGEMM.attempt(neurons: c.neurons, ambientDim: c.ambientDim, rowCounts: [2 * c.batchSize * c.tokens, c.batchSize * c.tokens]) {
        case .success: #expect(trainer.gemmPath == .rowGEMM && trainer.batchIsRowsInPlace)
        case .failure(let refusal): #expect(trainer.gemmPath == .sgemm(reason: "RowGEMM refused: \(refusal)") && !trainer.batchIsRowsInPlace)
        }
        trainer.rowGEMM = nil
        trainer.loadBatch(from: set, indices: Array(0..<c.batchSize)[...])
        #expect(trainer.gemmPath == .sgemm(reason: "RowGEMM refused: turned off by the caller"))
        #expect(trainer.gemmPath.description == "sgemm (RowGEMM refused: turned off by the caller)")
        // Below d1 = 1024 the untransposed layout: never RowGEMM.
        var small = c
        small.ambientDim = 64
        var r2 = SeededRNG(seed: 4), rng2 = SeededRNG(seed: 21)
        let untransposed = ContrastiveTrainer(config: small, rng: &r2)
        untransposed.loadBatch(from: syntheticSet(small, count: small.trainPairs, rng: &rng2), indices: Array(0..<c.batchSize)[...])
        #expect(untransposed.gemmPath == .sgemm(reason: "d1 = 64 < 1024: the untransposed layout, which RowGEMM does not serve"))
    }
}
