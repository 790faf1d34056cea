import Foundation

/// Applies one `OptimizerConfig` update to every parameter from its accumulated gradient, then
/// clears the gradients. Formulas in `OptimizerConfig`.
public final class Optimizer {
    public let config: OptimizerConfig
    public let parameters: [Parameter]
    public private(set) var steps = 0

    public init(config: OptimizerConfig, parameters: [Parameter]) {
        self.config = config
        self.parameters = parameters
    }

    /// One update with step size η (from `config.rate`).
    public func step(learningRate eta: Double) {
        steps += 1
        let lr = Float(eta), mu = Float(config.momentum)
        switch config.kind {
        case .sgd:
            for p in parameters {
                let th = p.value.pointer, g = p.grad.pointer, v = p.moment1.pointer
                let wd: Float = p.decays ? Float(config.weightDecay) : 0
                for i in 0..<p.count {
                    v[i] = mu * v[i] + g[i] + wd * th[i]
                    th[i] -= lr * v[i]
                }
                p.grad.zero()
            }
        case .adam:
            let b1: Float = 0.9, b2: Float = 0.999, eps: Float = 1e-8
            let c1 = 1 - Float(pow(Double(b1), Double(steps))), c2 = 1 - Float(pow(Double(b2), Double(steps)))
            for p in parameters {
                let th = p.value.pointer, g = p.grad.pointer, m = p.moment1.pointer, v = p.moment2.pointer
                let wd: Float = p.decays ? Float(config.weightDecay) : 0
                for i in 0..<p.count {
                    m[i] = b1 * m[i] + (1 - b1) * g[i]
                    v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                    th[i] -= lr * ((m[i] / c1) / ((v[i] / c2).squareRoot() + eps) + wd * th[i])
                }
                p.grad.zero()
            }
        }
    }
}
