import Foundation

/// The optimiser and its cosine schedule: step t of T uses
///
///     η_t = η₀ · t/W                          for t < W (linear warm-up, W = warmupSteps),
///     η_t = η₀ · ½(1 + cos(π (t − W)/(T − W)))  afterwards.
///
/// SGD with momentum μ and weight decay λ (on decaying tensors only):
///     v ← μ v + g + λθ,   θ ← θ − η_t v.
/// Adam (decoupled weight decay, AdamW), β₁ = 0.9, β₂ = 0.999, ε = 1e-8:
///     m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,  θ ← θ − η_t (m/(1−β₁ᵗ) / (√(v/(1−β₂ᵗ)) + ε) + λθ).
public struct OptimizerConfig: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case sgd, adam }
    public var kind: Kind
    public var learningRate: Double
    public var momentum: Double
    public var weightDecay: Double
    public var warmupSteps: Int

    public init(kind: Kind, learningRate: Double, momentum: Double = 0.9, weightDecay: Double = 5e-4, warmupSteps: Int = 0) {
        self.kind = kind
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
        self.warmupSteps = warmupSteps
    }

    /// η_t for step t of T.
    public func rate(step t: Int, of total: Int) -> Double {
        if t < warmupSteps { return learningRate * Double(t + 1) / Double(warmupSteps) }
        let span = max(1, total - warmupSteps)
        return learningRate * 0.5 * (1 + cos(Double.pi * Double(t - warmupSteps) / Double(span)))
    }
}
