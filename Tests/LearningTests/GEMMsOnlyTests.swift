import Testing
@testable import Learning
import LinearAlgebra

/// `runGEMMsOnly` (what `clreport bench` times as the step's ceiling) runs the step's own GEMMs:
/// on the same batch and weights it reproduces the step's U and ∇W bit for bit and leaves W alone.
@Suite struct GEMMsOnlyTests {
    @Test(arguments: [false, true])
    func reproducesTheStepsForwardAndWeightGradient(transposed: Bool) {
        var c = Preset.quick.config
        c.biasStart = 0; c.biasFreeze = 1
        let trainer = loadedTrainer(c, seed: 5, transposed: transposed)
        _ = trainer.computeGradient(3)
        let u = trainer.u.data, grad = trainer.grad.data, w = trainer.weights.data
        #expect(grad.contains { $0 != 0 })
        trainer.u.data = [Float](repeating: .nan, count: u.count)
        trainer.grad.data = [Float](repeating: .nan, count: grad.count)
        trainer.runGEMMsOnly()
        #expect(trainer.u.data == u)
        #expect(trainer.grad.data == grad)
        #expect(trainer.weights.data == w)
    }
}
