import LinearAlgebra

/// The downstream regression probe of SPEC §6 (Fig 5): ridge regression on standardised features,
///
///     ŵ = argmin_w (1/n)‖F̃ w − (y − ȳ)‖² + ρ‖w‖²  ⇒  (F̃ᵀF̃/n + ρI) ŵ = F̃ᵀ(y − ȳ)/n,
///
/// where F̃ is F with each column centred and scaled to unit variance on the training set
/// (constant columns are set to 0). Prediction: ŷ = F̃ ŵ + ȳ.
public struct RidgeProbe: Sendable {
    public let mean: [Double]
    public let scale: [Double]
    public let coefficients: [Double]
    public let intercept: Double

    public static func fit(features f: Matrix, targets y: [Double], ridge: Double) -> RidgeProbe {
        precondition(f.rows == y.count && f.rows > 0, "RidgeProbe.fit: \(f.rows) rows for \(y.count) targets")
        let n = f.rows, p = f.cols
        var mean = [Double](repeating: 0, count: p), scale = [Double](repeating: 0, count: p)
        for r in 0..<n { for c in 0..<p { mean[c] += Double(f[r, c]) } }
        for c in 0..<p { mean[c] /= Double(n) }
        for r in 0..<n { for c in 0..<p { let v = Double(f[r, c]) - mean[c]; scale[c] += v * v } }
        for c in 0..<p { let sd = (scale[c] / Double(n)).squareRoot(); scale[c] = sd > 1e-12 ? 1 / sd : 0 }
        let ybar = y.reduce(0, +) / Double(n)
        var gram = [Double](repeating: 0, count: p * p), rhs = [Double](repeating: 0, count: p)
        var row = [Double](repeating: 0, count: p)
        for r in 0..<n {
            for c in 0..<p { row[c] = (Double(f[r, c]) - mean[c]) * scale[c] }
            let yr = y[r] - ybar
            for a in 0..<p where row[a] != 0 {
                rhs[a] += row[a] * yr
                for b in a..<p { gram[a * p + b] += row[a] * row[b] }
            }
        }
        for a in 0..<p { for b in a..<p { gram[a * p + b] /= Double(n); gram[b * p + a] = gram[a * p + b] } }
        for a in 0..<p { rhs[a] /= Double(n); gram[a * p + a] += max(ridge, 1e-10) }
        let w = Cholesky.solve(gram, rhs, n: p) ?? [Double](repeating: 0, count: p)
        return RidgeProbe(mean: mean, scale: scale, coefficients: w, intercept: ybar)
    }

    public func predict(_ f: Matrix) -> [Double] {
        (0..<f.rows).map { r in
            var s = intercept
            for c in 0..<f.cols { s += (Double(f[r, c]) - mean[c]) * scale[c] * coefficients[c] }
            return s
        }
    }

    /// Test MSE normalised by the test targets' variance: mean((ŷ − y)²) / Var(y). 1 means no better
    /// than predicting the mean; NaN when Var(y) = 0.
    public func normalisedMSE(_ f: Matrix, targets y: [Double]) -> Double {
        let yhat = predict(f)
        let n = Double(y.count)
        let ybar = y.reduce(0, +) / n
        let variance = y.reduce(0.0) { $0 + ($1 - ybar) * ($1 - ybar) } / n
        let mse = zip(yhat, y).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / n
        return variance > 0 ? mse / variance : .nan
    }
}
