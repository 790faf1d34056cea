/// Batch normalisation over the layout C×N×H×W, per channel c over its M = N·H·W values.
///
/// Training mode (statistics of the batch at hand, so each SDCLR branch normalises with its
/// own statistics):
///
///     μ = (1/M) Σ x,   σ² = (1/M) Σ (x − μ)²,   x̂ = (x − μ)/√(σ² + ε),   y = γ x̂ + β,
///
/// backward, with δ = ∂L/∂y:
///
///     ∂L/∂γ = Σ δ x̂,   ∂L/∂β = Σ δ,   ∂L/∂x = γ/√(σ² + ε) · (δ − mean(δ) − x̂ · mean(δ x̂)).
///
/// Evaluation mode uses running estimates, μ_r ← (1 − m) μ_r + m μ and σ²_r likewise (m = 0.1),
/// which live in `BatchNormStatistics`, one per branch.
public final class BatchNorm {
    public let channels: Int
    public let epsilon: Float = 1e-5
    public let gamma: Parameter
    public let beta: Parameter

    public init(channels: Int) {
        self.channels = channels
        gamma = Parameter(count: channels, decays: false)
        beta = Parameter(count: channels, decays: false)
        gamma.fill(1)
    }

    /// Training forward: writes x̂ to `normalized`, y to `output` (may equal `x`), 1/√(σ² + ε)
    /// per channel to `inverseStd`, and updates `running`.
    public func forwardTraining(_ x: UnsafePointer<Float>, perChannel m: Int, normalized: UnsafeMutablePointer<Float>,
                                output: UnsafeMutablePointer<Float>, inverseStd: UnsafeMutablePointer<Float>,
                                running: BatchNormStatistics?) {
        for c in 0..<channels {
            let src = x + c * m, xh = normalized + c * m, dst = output + c * m
            var sum = 0.0
            for i in 0..<m { sum += Double(src[i]) }
            let mean = sum / Double(m)
            var ss = 0.0
            for i in 0..<m { let d = Double(src[i]) - mean; ss += d * d }
            let variance = ss / Double(m)
            let inv = Float(1 / (variance + Double(epsilon)).squareRoot())
            let mu = Float(mean), g = gamma.value[c], b = beta.value[c]
            for i in 0..<m {
                let v = (src[i] - mu) * inv
                xh[i] = v
                dst[i] = g * v + b
            }
            inverseStd[c] = inv
            if let running {
                running.mean[c] = 0.9 * running.mean[c] + 0.1 * mu
                running.variance[c] = 0.9 * running.variance[c] + 0.1 * Float(variance)
            }
        }
    }

    /// Evaluation forward with the running statistics, y = γ (x − μ_r)/√(σ²_r + ε) + β (in place allowed).
    public func forwardEvaluation(_ x: UnsafePointer<Float>, perChannel m: Int, output: UnsafeMutablePointer<Float>,
                                  running: BatchNormStatistics) {
        for c in 0..<channels {
            let inv = 1 / (running.variance[c] + epsilon).squareRoot()
            let scale = gamma.value[c] * inv, shift = beta.value[c] - running.mean[c] * scale
            let src = x + c * m, dst = output + c * m
            for i in 0..<m { dst[i] = src[i] * scale + shift }
        }
    }

    /// Accumulates ∂L/∂γ, ∂L/∂β and writes ∂L/∂x into `inputGrad` (may equal `outputGrad`).
    public func backward(_ outputGrad: UnsafePointer<Float>, perChannel m: Int, normalized: UnsafePointer<Float>,
                         inverseStd: UnsafePointer<Float>, inputGrad: UnsafeMutablePointer<Float>) {
        for c in 0..<channels {
            let d = outputGrad + c * m, xh = normalized + c * m, dx = inputGrad + c * m
            var sd: Float = 0, sdx: Float = 0
            for i in 0..<m { sd += d[i]; sdx += d[i] * xh[i] }
            gamma.grad[c] += sdx
            beta.grad[c] += sd
            let md = sd / Float(m), mdx = sdx / Float(m)
            let k = gamma.value[c] * inverseStd[c]
            for i in 0..<m { dx[i] = k * (d[i] - md - xh[i] * mdx) }
        }
    }
}

/// The running mean and variance of one `BatchNorm` as seen by one branch (SDCLR keeps the
/// dense and the pruned branch's statistics apart).
public final class BatchNormStatistics {
    public let mean: FloatBuffer
    public let variance: FloatBuffer

    public init(channels: Int) {
        mean = FloatBuffer(count: channels)
        variance = FloatBuffer(count: channels)
        variance.pointer.update(repeating: 1, count: channels)
    }
}
