import Foundation
import Testing
@testable import Learning
import LinearAlgebra

@Suite struct ComponentTests {
    @Test func breluMatchesDefinition() {
        for u: Float in [-3, -1.5, -1, -0.2, 0, 0.2, 1, 1.5, 3] {
            let b: Float = 1
            let ref = max(u - b, 0) - max(-u - b, 0)
            #expect(BReLU.value(u, bias: b) == ref)
            #expect(BReLU.derivative(u, bias: b) == (abs(u) > b ? 1 : 0))
        }
    }

    @Test func attentionMatchesPlainLoop() {
        var rng = SeededRNG(seed: 2)
        let L = 3, d1 = 5, n = 2
        let x = Matrix(rows: n * L, cols: d1, data: (0..<(n * L * d1)).map { _ in Float(rng.normal()) })
        for s in [1.0, 5.0] {
            let a = FrozenAttention(tokens: L, scale: s).apply(x)
            for smp in 0..<n { for r in 0..<L {
                let logits = (0..<L).map { l in (0..<d1).reduce(0.0) { $0 + Double(x[smp * L + l, $1]) * Double(x[smp * L + r, $1]) } / s }
                let mx = logits.max()!
                let w = logits.map { exp($0 - mx) }, z = w.reduce(0, +)
                for e in 0..<d1 {
                    let ref = (0..<L).reduce(0.0) { $0 + w[$1] / z * Double(x[smp * L + $1, e]) }
                    #expect(abs(Double(a[smp * L + r, e]) - ref) < 1e-5)
                }
            } }
        }
    }

    @Test func encoderPoolsTokensLikePlainLoop() {
        var rng = SeededRNG(seed: 4)
        let L = 2, d1 = 4, m = 3, n = 3
        let a = Matrix(rows: n * L, cols: d1, data: (0..<(n * L * d1)).map { _ in Float(rng.normal()) })
        let w = Matrix(rows: m, cols: d1, data: (0..<(m * d1)).map { _ in Float(rng.normal()) })
        let bias: [Float] = [0, 0.5, 1]
        let f = Encoder(weights: w, bias: bias, tokens: L).features(a)
        for k in 0..<n { for i in 0..<m {
            var ref: Float = 0
            for r in 0..<L {
                var u: Float = 0
                for e in 0..<d1 { u += w[i, e] * a[k * L + r, e] }
                ref += max(u - bias[i], 0) - max(-u - bias[i], 0)
            }
            #expect(abs(f[k, i] - ref) < 1e-5)
        } }
    }

    @Test func dictionaryColumnsAreOrthonormal() {
        for kind in DictionaryKind.allCases {
            var rng = SeededRNG(seed: 3)
            let m = FeatureDictionary(kind: kind, features: 6, ambientDim: 20, rng: &rng).rows
            let g = BLAS.matmul(m, m, transB: true)
            for i in 0..<6 { for j in 0..<6 { #expect(abs(g[i, j] - (i == j ? 1 : 0)) < 1e-5) } }
        }
    }

    @Test func activationRatesAndNSRMatchConfiguration() {
        var c = EngineConfig()
        c.features = 10; c.ambientDim = 40; c.activation = 0.2; c.epsMin = 0.25; c.nsr = 2
        var rng = SeededRNG(seed: 9)
        let dict = FeatureDictionary(kind: .random, features: c.features, ambientDim: c.ambientDim, rng: &rng)
        let model = SyntheticDataModel(config: c, dictionary: dict)
        let (z, x, _) = model.samplePairs(count: 20_000, rng: &rng)
        let check = DataModelCheck.measure(latents: z, tokens: x, model: model)
        #expect(abs(check.rateMajority - 0.2) < 0.005)
        #expect(abs(check.rateMinority - 0.05) < 0.003)
        #expect(abs(check.nsr - 2) < 0.05)
        #expect(abs(c.noiseVariance - 2 * (5 * 0.2 + 5 * 0.05) / 40) < 1e-12)
    }

    @Test func positivePairsShareSummedLatents() {
        var c = EngineConfig()
        c.features = 5; c.ambientDim = 30; c.nsr = 0; c.activation = 0.5
        var rng = SeededRNG(seed: 1)
        let dict = FeatureDictionary(kind: .identity, features: 5, ambientDim: 30, rng: &rng)
        let model = SyntheticDataModel(config: c, dictionary: dict)
        let (z, x, y) = model.samplePairs(count: 50, rng: &rng)
        // Without noise and with an identity dictionary, token sums of both views equal ẑ.
        let s = model.summedLatents(z)
        for n in 0..<50 { for j in 0..<5 {
            var sx: Float = 0, sy: Float = 0
            for l in 0..<c.tokens { sx += x[n * c.tokens + l, j]; sy += y[n * c.tokens + l, j] }
            #expect(sx == s[n, j] && sy == s[n, j])
        } }
    }

    @Test func ridgeProbeRecoversLinearTarget() {
        var rng = SeededRNG(seed: 8)
        let n = 400, p = 5
        let f = Matrix(rows: n, cols: p, data: (0..<(n * p)).map { _ in Float(rng.normal()) })
        let beta = [1.0, -2.0, 0.5, 0, 3]
        let y = (0..<n).map { r in 4 + (0..<p).reduce(0.0) { $0 + beta[$1] * Double(f[r, $1]) } }
        let probe = RidgeProbe.fit(features: f, targets: y, ridge: 1e-8)
        #expect(probe.normalisedMSE(f, targets: y) < 1e-8)
        let constant = RidgeProbe.fit(features: Matrix(rows: n, cols: p), targets: y, ridge: 1e-3)
        #expect(abs(constant.normalisedMSE(f, targets: y) - 1) < 1e-9, "constant features predict the mean: NMSE 1")
    }

    @Test func choleskySolvesSPDSystem() {
        let a = [4.0, 2, 2, 3], b = [2.0, 1]
        let x = Cholesky.solve(a, b, n: 2)!
        #expect(abs(4 * x[0] + 2 * x[1] - 2) < 1e-12 && abs(2 * x[0] + 3 * x[1] - 1) < 1e-12)
        #expect(Cholesky.solve([1, 2, 2, 1], b, n: 2) == nil)
    }

    @Test func seedSummaryKeepsNonFiniteApart() {
        let s = SeedSummary([1, 2, 3, .nan])
        #expect(s.mean == 2 && s.n == 3 && s.nonFinite == 1 && abs(s.std - 1) < 1e-12)
    }
}

@Suite struct InfoNCETests {
    /// The in-place softmax path of the trainer against the plain-loop reference loss.
    @Test func softmaxInPlaceLossMatchesReference() {
        var rng = SeededRNG(seed: 12)
        let k = 5, m = 3, tau = 0.7
        let hx = (0..<k).map { _ in (0..<m).map { _ in Float(rng.normal()) } }
        let hy = (0..<k).map { _ in (0..<m).map { _ in Float(rng.normal()) } }
        var s = [Float](repeating: 0, count: k * k)
        for a in 0..<k { for c in 0..<k {
            s[a * k + c] = Float(zip(hx[a], hy[c]).reduce(0.0) { $0 + Double($1.0) * Double($1.1) } / tau)
        } }
        let loss = s.withUnsafeMutableBufferPointer { InfoNCE.softmaxInPlace($0.baseAddress!, batch: k) }
        #expect(abs(loss - InfoNCE.loss(hx: hx, hy: hy, temperature: tau)) < 1e-5)
        for a in 0..<k { #expect(abs(s[(a * k)..<(a * k + k)].reduce(0, +) - 1) < 1e-5, "rows of P sum to 1") }
    }
}
