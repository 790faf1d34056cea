import LinearAlgebra

/// The downstream regression task of Fig 5: fresh samples X with token-summed latents ẑ, targets
/// y = ⟨β, ẑ⟩ with β_j ~ N(0, 1) on the target features and 0 elsewhere, a ridge probe fitted on
/// `train` samples' features f(X) and its normalised MSE on `test` further samples.
struct ProbeTask {
    let trainFeatures: Matrix, testFeatures: Matrix
    let trainLatents: Matrix, testLatents: Matrix

    init(model: SyntheticDataModel, attention: FrozenAttention, encoder: Encoder, train: Int, test: Int,
         rng: inout SeededRNG) {
        func draw(_ n: Int, _ rng: inout SeededRNG) -> (Matrix, Matrix) {
            let (z, x, _) = model.sample(count: n, pairs: false, rng: &rng)
            return (encoder.features(attention.apply(x)), model.summedLatents(z))
        }
        (trainFeatures, trainLatents) = draw(train, &rng)
        (testFeatures, testLatents) = draw(test, &rng)
    }

    func normalisedMSE(targetFeatures group: Range<Int>, ridge: Double, rng: inout SeededRNG) -> Double {
        if group.isEmpty { return .nan }
        var beta = [Double](repeating: 0, count: trainLatents.cols)
        for j in group { beta[j] = rng.normal() }
        func targets(_ s: Matrix) -> [Double] {
            (0..<s.rows).map { r in group.reduce(0.0) { $0 + beta[$1] * Double(s[r, $1]) } }
        }
        let probe = RidgeProbe.fit(features: trainFeatures, targets: targets(trainLatents), ridge: ridge)
        return probe.normalisedMSE(testFeatures, targets: targets(testLatents))
    }
}
