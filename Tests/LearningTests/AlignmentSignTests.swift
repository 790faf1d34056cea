import Testing
@testable import Learning
@testable import LinearAlgebra

/// BReLU is odd, so a neuron anti-aligned with a feature (w = −M_j) encodes it exactly as w = M_j
/// does: the alignment measures take |⟨w_i, M_j⟩| and must count it as aligned.
@Suite struct AlignmentSignTests {
    @Test func antiAlignedCountsAsAligned() {
        var rng = SeededRNG(seed: 7, stream: 1)
        let dict = FeatureDictionary(kind: .random, features: 4, ambientDim: 16, rng: &rng)
        var w = Matrix(rows: 2, cols: 16)
        for k in 0..<16 { w[0, k] = dict.rows[1, k]; w[1, k] = -dict.rows[1, k] }
        let a = Alignment(weights: w, dictionary: dict)
        #expect(abs(a.cosines[0, 1] - 1) < 1e-5 && abs(a.cosines[1, 1] - 1) < 1e-5, "w = −M_j has |cos| = 1")
        #expect(a.magnitudes[1, 1] == a.magnitudes[0, 1])
        #expect(a.alignedCount(features: 0..<4, threshold: 0.3) == 2)
        let m = WeightMetrics(a, majority: 0..<2, minority: 2..<4, threshold: 0.3)
        #expect(m.alignedMajority == 2)
    }
}
