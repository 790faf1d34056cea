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
        let (values, vectors) = jacobiEigen(&a, n: d)
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

    /// Eigen-decomposition of a symmetric n × n matrix (row-major, destroyed) by cyclic Jacobi
    /// rotations: returns eigenvalues λ_k and eigenvectors as columns, V[i·n + k] = u_k[i].
    static func jacobiEigen(_ a: inout [Double], n: Int) -> (values: [Double], vectors: [Double]) {
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0, diag = 0.0
            for i in 0..<n { diag += a[i * n + i] * a[i * n + i]; for j in (i + 1)..<n { off += a[i * n + j] * a[i * n + j] } }
            if off <= 1e-22 * max(diag, 1e-300) { break }
            for p in 0..<(n - 1) {
                for q in (p + 1)..<n {
                    let apq = a[p * n + q]
                    if abs(apq) < 1e-300 { continue }
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {                                   // A ← A J (columns p, q)
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq; a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {                                   // A ← Jᵀ A (rows p, q)
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk; a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {                                   // V ← V J
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq; v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0 * n + $0] }, v)
    }
}
