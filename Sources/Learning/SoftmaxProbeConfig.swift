import Foundation
import LinearAlgebra

/// Settings of the linear probe's optimiser.
public struct SoftmaxProbeConfig: Sendable, Codable, Equatable {
    /// λ of the L2 penalty (λ/2)‖W‖² (the bias is not penalised).
    public var l2: Double
    /// Passes over the training set.
    public var epochs: Int
    /// Initial step size η₀ (cosine-decayed to 0 over the epochs).
    public var learningRate: Double
    /// Minibatch size B; 0 or ≥ n means full-batch gradient descent.
    public var batchSize: Int

    public init(l2: Double, epochs: Int, learningRate: Double, batchSize: Int) {
        self.l2 = l2
        self.epochs = epochs
        self.learningRate = learningRate
        self.batchSize = batchSize
    }

    /// λ = 1e-4, 30 epochs, η₀ = 0.1, B = 256.
    public static let standard = SoftmaxProbeConfig(l2: 1e-4, epochs: 30, learningRate: 0.1, batchSize: 256)
}
