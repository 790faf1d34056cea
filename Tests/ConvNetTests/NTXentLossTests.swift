import ConvNet
import Foundation
import LinearAlgebra
import Testing

@Suite struct NTXentLossTests {
    /// The loss written out directly in Double, as in the doc comment.
    static func reference(_ h: [Float], pairs: Int, dimension d: Int, temperature tau: Double) -> Double {
        let m = 2 * pairs
        let z: [[Double]] = (0..<m).map { i in
            let row = (0..<d).map { Double(h[i * d + $0]) }
            let nrm = row.map { $0 * $0 }.reduce(0, +).squareRoot()
            return row.map { $0 / nrm }
        }
        func s(_ i: Int, _ k: Int) -> Double { zip(z[i], z[k]).map(*).reduce(0, +) / tau }
        var total = 0.0
        for i in 0..<m {
            let denom = (0..<m).filter { $0 != i }.map { exp(s(i, $0)) }.reduce(0, +)
            total += -s(i, (i + pairs) % m) + log(denom)
        }
        return total / Double(m)
    }

    @Test func lossMatchesTheFormulaAndGradientMatchesFiniteDifferences() {
        var rng = SeededRNG(seed: 21)
        let (n, d, tau) = (4, 5, 0.5)
        let loss = NTXentLoss(pairs: n, dimension: d, temperature: tau)
        let h = GradientCheck.random(2 * n * d, rng: &rng)
        let value = loss.lossAndGradient(h.pointer, grad: nil)
        #expect(abs(value - Self.reference(h.array, pairs: n, dimension: d, temperature: tau)) < 1e-4)
        let g = FloatBuffer(count: h.count)
        loss.lossAndGradient(h.pointer, grad: g.pointer)
        let idx = Array(0..<h.count)
        let num = GradientCheck.numeric(h.pointer, indices: idx, epsilon: 1e-2) { loss.lossAndGradient(h.pointer, grad: nil) }
        #expect(GradientCheck.relativeError(idx.map { Double(g[$0]) }, num) < 1e-2)
    }

    @Test func identicalViewsOfDistinctDirectionsGiveALowLoss() {
        // Two views equal, the N directions orthogonal: every positive has s = 1/τ, every
        // negative 0, so ℓ = −1/τ + log(e^{1/τ} + 2N − 2).
        let (n, tau) = (3, 0.5)
        var h = [Float](repeating: 0, count: 2 * n * n)
        for i in 0..<n { h[i * n + i] = 2; h[(n + i) * n + i] = 3 }
        let loss = NTXentLoss(pairs: n, dimension: n, temperature: tau)
        let buffer = FloatBuffer(h)
        let value = withExtendedLifetime(buffer) { loss.lossAndGradient(buffer.pointer, grad: nil) }
        #expect(abs(value - (-1 / tau + log(exp(1 / tau) + Double(2 * n - 2)))) < 1e-5)
    }
}
