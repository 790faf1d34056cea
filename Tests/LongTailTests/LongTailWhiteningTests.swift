import Foundation
import LinearAlgebra
@testable import LongTail
import Testing

@Suite struct LongTailWhiteningTests {
    /// With C = Cov(x) and W = U(Λ + ε)^(−1/2)Uᵀ, Cov(W(x − μ)) = W C W = I − ε W² exactly, with
    /// ε = 0.1·trace(C)/d: checked against the slow definition of the covariance.
    @Test func whitenedCovarianceMatchesTheDefinition() {
        var rng = SeededRNG(seed: 7)
        let n = 4000, d = 5
        // x = 5 + A z with a fixed, strongly anisotropic mixing matrix A, z ~ N(0, I).
        let mix: [Float] = [3, 0, 0, 0, 0,  1, 2, 0, 0, 0,  0, 1, 1, 0, 0,  0, 0, 0.5, 4, 0,  1, 0, 0, 0, 0.5]
        var x = Matrix(rows: n, cols: d)
        for r in 0..<n {
            let z = (0..<d).map { _ in Float(rng.normal()) }
            for i in 0..<d { x.data[r * d + i] = 5 + (0..<d).reduce(Float(0)) { $0 + mix[i * d + $1] * z[$1] } }
        }
        func cov(_ m: Matrix) -> [Double] {
            var mu = [Double](repeating: 0, count: d), c = [Double](repeating: 0, count: d * d)
            for r in 0..<n { for i in 0..<d { mu[i] += Double(m.data[r * d + i]) / Double(n) } }
            for r in 0..<n { for i in 0..<d { for j in 0..<d {
                c[i * d + j] += (Double(m.data[r * d + i]) - mu[i]) * (Double(m.data[r * d + j]) - mu[j]) / Double(n)
            } } }
            return c
        }
        let w = LongTailWhitening.fit(x)
        #expect(zip(w.matrix.data, w.matrix.transposed().data).allSatisfy { abs($0 - $1) < 1e-5 }, "W must be symmetric")
        let cx = cov(x), cy = cov(w.apply(x))
        let eps = LongTailWhitening.relativeEpsilon * (0..<d).reduce(0.0) { $0 + cx[$1 * d + $1] } / Double(d)
        for i in 0..<d {
            for j in 0..<d {
                var w2 = 0.0
                for k in 0..<d { w2 += Double(w.matrix[i, k]) * Double(w.matrix[k, j]) }
                let expected = (i == j ? 1 : 0) - eps * w2
                #expect(abs(cy[i * d + j] - expected) < 2e-3, "Cov(y)[\(i),\(j)] = \(cy[i * d + j]), expected \(expected)")
            }
        }
    }
}
