import CKernels

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
    /// μ and σ² of the last training batch (workspace of `forwardTraining`).
    let batchMean: FloatBuffer
    let batchVariance: FloatBuffer

    public init(channels: Int) {
        self.channels = channels
        gamma = Parameter(count: channels, decays: false)
        beta = Parameter(count: channels, decays: false)
        batchMean = FloatBuffer(count: channels)
        batchVariance = FloatBuffer(count: channels)
        gamma.fill(1)
    }

    /// Training forward: writes x̂ to `normalized`, y to `output` (may equal `x`), 1/√(σ² + ε)
    /// per channel to `inverseStd`, and updates `running`. With `relu`, the rectifier follows in the
    /// same pass: output = max(0, y) (`ReLU`). μ and σ² are summed in double (`ck_batchnorm_forward`).
    public func forwardTraining(_ x: UnsafePointer<Float>, perChannel m: Int, normalized: UnsafeMutablePointer<Float>,
                                output: UnsafeMutablePointer<Float>, inverseStd: UnsafeMutablePointer<Float>,
                                running: BatchNormStatistics?, relu: Bool = false) {
        ck_batchnorm_forward(x, channels, m, gamma.value.pointer, beta.value.pointer, epsilon, relu ? 1 : 0, normalized, output,
                             inverseStd, batchMean.pointer, batchVariance.pointer)
        guard let running else { return }
        for c in 0..<channels {
            running.mean[c] = 0.9 * running.mean[c] + 0.1 * batchMean[c]
            running.variance[c] = 0.9 * running.variance[c] + 0.1 * batchVariance[c]
        }
    }

    /// Training forward followed by the ReLU and 2×2 average pooling (`Pool2D`), for `n` planes of
    /// h×w per channel: writes x̂ to `normalized` and the pooled rectified map (C × n·h·w/4) to
    /// `pooled`; the full-size rectified map only passes through `scratch` (n·h·w floats), one
    /// channel at a time (`ck_batchnorm_relu_avgpool_forward`). Same values as `forwardTraining(relu:
    /// true)` then `Pool2D(.average).forward`.
    public func forwardTrainingReLUAveragePool(_ x: UnsafePointer<Float>, n: Int, height h: Int, width w: Int,
                                               normalized: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>,
                                               pooled: UnsafeMutablePointer<Float>, inverseStd: UnsafeMutablePointer<Float>,
                                               running: BatchNormStatistics?) {
        precondition(h % 2 == 0 && w % 2 == 0, "BatchNorm: plane \(h)×\(w) is not even")
        ck_batchnorm_relu_avgpool_forward(x, channels, n, h, w, gamma.value.pointer, beta.value.pointer, epsilon, normalized, scratch,
                                          pooled, inverseStd, batchMean.pointer, batchVariance.pointer)
        guard let running else { return }
        for c in 0..<channels {
            running.mean[c] = 0.9 * running.mean[c] + 0.1 * batchMean[c]
            running.variance[c] = 0.9 * running.variance[c] + 0.1 * batchVariance[c]
        }
    }

    /// The backward of `forwardTrainingReLUAveragePool` from ∂L/∂pooled: ¼δ over each window, the
    /// ReLU's mask [γ x̂ + β > 0] (recomputed from x̂ with the forward's operations), then `backward`;
    /// accumulates ∂L/∂γ, ∂L/∂β and writes ∂L/∂x (C × n·h·w) to `inputGrad`.
    public func backwardReLUAveragePool(_ pooledGrad: UnsafePointer<Float>, n: Int, height h: Int, width w: Int,
                                        normalized: UnsafePointer<Float>, inverseStd: UnsafePointer<Float>,
                                        scratch: UnsafeMutablePointer<Float>, inputGrad: UnsafeMutablePointer<Float>) {
        ck_batchnorm_relu_avgpool_backward(pooledGrad, normalized, channels, n, h, w, gamma.value.pointer, beta.value.pointer,
                                           inverseStd, gamma.grad.pointer, beta.grad.pointer, scratch, inputGrad)
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

    /// Accumulates ∂L/∂γ, ∂L/∂β and writes ∂L/∂x into `inputGrad` (may equal `outputGrad`). With
    /// `reluOutput` (the output of a `forwardTraining(relu: true)`), δ is first masked by the
    /// rectifier's backward, δ · [r > 0], in the same pass (`ck_batchnorm_backward`).
    public func backward(_ outputGrad: UnsafePointer<Float>, perChannel m: Int, normalized: UnsafePointer<Float>,
                         inverseStd: UnsafePointer<Float>, inputGrad: UnsafeMutablePointer<Float>,
                         reluOutput: UnsafePointer<Float>? = nil) {
        ck_batchnorm_backward(outputGrad, reluOutput, normalized, channels, m, gamma.value.pointer, inverseStd,
                              gamma.grad.pointer, beta.grad.pointer, inputGrad)
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
