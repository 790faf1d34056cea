import Foundation
import LinearAlgebra

/// ZCA whitening of patch tokens, fitted on the long-tailed training set's tokens:
///
///     x ↦ W (x − μ),   W = U diag(1/√(λ_k + ε)) Uᵀ,   C = U diag(λ) Uᵀ = Cov(x),   ε = relativeEpsilon · mean(λ)
///
/// Why: the encoder's first training stage (b = 0) is linear, and raw-inner-product InfoNCE then
/// acts like a power iteration on the patch covariance: on natural images, whose spectrum decays
/// fast, every neuron drifts to the top principal directions and the features collapse (measured:
/// linear-probe accuracy on Fashion-MNIST fell from ≈ 0.4 at initialisation to ≈ 0.2 after
/// training). Whitening flattens the spectrum, as in the paper's data model, where the features
/// are orthonormal columns of M with equal strength; ε keeps the weakest (noise) directions from
/// being blown up.
public struct LongTailWhitening: Sendable {
    /// μ, d1.
    public let mean: [Float]
    /// W, d1 × d1 (symmetric).
    public let matrix: Matrix

    public static let relativeEpsilon = 0.1

    /// Fits μ and W on the rows of `tokens` ((n·L) × d1), accumulating in Double.
    public static func fit(_ tokens: Matrix) -> LongTailWhitening {
        let n = tokens.rows, d = tokens.cols
        precondition(n > 1, "LongTailWhitening.fit: need at least 2 tokens")
        var mu = [Double](repeating: 0, count: d)
        for r in 0..<n { for c in 0..<d { mu[c] += Double(tokens.data[r * d + c]) } }
        for c in 0..<d { mu[c] /= Double(n) }
        // C (d × d) = (X − 1μᵀ)ᵀ (X − 1μᵀ) / n, through BLAS on a centred Float copy.
        var centred = tokens
        for r in 0..<n { for c in 0..<d { centred.data[r * d + c] -= Float(mu[c]) } }
        let cov = BLAS.matmul(centred, transA: true, centred)
        var a = cov.data.map { Double($0) / Double(n) }
        let (values, vectors) = SymmetricEigen.jacobi(&a, n: d)
        let eps = relativeEpsilon * max(values.reduce(0, +) / Double(d), 1e-12)
        var w = Matrix(rows: d, cols: d)
        for i in 0..<d {
            for j in i..<d {
                var s = 0.0
                for k in 0..<d { s += vectors[i * d + k] * vectors[j * d + k] / (max(values[k], 0) + eps).squareRoot() }
                w.data[i * d + j] = Float(s); w.data[j * d + i] = Float(s)
            }
        }
        return LongTailWhitening(mean: mu.map { Float($0) }, matrix: w)
    }

    /// W (x − μ) for every row of `tokens` ((n·L) × d1).
    public func apply(_ tokens: Matrix) -> Matrix {
        let d = tokens.cols
        precondition(d == mean.count, "LongTailWhitening.apply: tokens have \(d) columns, fitted on \(mean.count)")
        var centred = tokens
        for r in 0..<tokens.rows { for c in 0..<d { centred.data[r * d + c] -= mean[c] } }
        return BLAS.matmul(centred, matrix)                     // (n·L) × d1, W symmetric
    }
}
