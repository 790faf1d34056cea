import LinearAlgebra

/// One trainable tensor θ with its gradient g = ∂L/∂θ (accumulated by the backward passes,
/// cleared by the optimiser) and the optimiser's two moment buffers.
///
/// `decays` marks weights that take weight decay (conv and linear weights; not biases or the
/// batch-norm γ, β). `isConvWeight` marks the tensors the global magnitude pruning mask covers.
public final class Parameter {
    public let value: FloatBuffer
    public let grad: FloatBuffer
    /// First moment (momentum velocity for SGD, m for Adam).
    public let moment1: FloatBuffer
    /// Second moment (Adam's v; unused by SGD).
    public let moment2: FloatBuffer
    public let decays: Bool
    public let isConvWeight: Bool
    public var count: Int { value.count }

    public init(count: Int, decays: Bool, isConvWeight: Bool = false) {
        value = FloatBuffer(count: count)
        grad = FloatBuffer(count: count)
        moment1 = FloatBuffer(count: count)
        moment2 = FloatBuffer(count: count)
        self.decays = decays
        self.isConvWeight = isConvWeight
    }

    /// θ ~ N(0, 2/fanIn) (He initialisation for ReLU networks), drawn in index order from `rng`.
    public func heInitialise(fanIn: Int, rng: inout SeededRNG) {
        let s = (2.0 / Double(max(fanIn, 1))).squareRoot()
        for i in 0..<count { value[i] = Float(s * rng.normal()) }
    }

    /// θ ← c for every entry.
    public func fill(_ c: Float) { value.pointer.update(repeating: c, count: count) }
}
