import LinearAlgebra

/// A fully connected layer on row-major batches: Y = X W + 1 bᵀ with X (N × in), W (in × out).
///
/// Backward, with Δ = ∂L/∂Y:  ∂L/∂W = Xᵀ Δ,  ∂L/∂b = Δᵀ 1,  ∂L/∂X = Δ Wᵀ.
public final class Linear {
    public let inputs: Int
    public let outputs: Int
    public let weight: Parameter
    public let bias: Parameter

    public init(inputs: Int, outputs: Int, rng: inout SeededRNG) {
        self.inputs = inputs
        self.outputs = outputs
        weight = Parameter(count: inputs * outputs, decays: true)
        bias = Parameter(count: outputs, decays: false)
        weight.heInitialise(fanIn: inputs, rng: &rng)
    }

    public func forward(_ x: UnsafePointer<Float>, n: Int, output y: UnsafeMutablePointer<Float>) {
        for i in 0..<n { (y + i * outputs).update(from: bias.value.pointer, count: outputs) }
        BLAS.sgemm(transA: false, transB: false, m: n, n: outputs, k: inputs, alpha: 1,
                   a: x, lda: inputs, b: weight.value.pointer, ldb: outputs, beta: 1, c: y, ldc: outputs)
    }

    /// Accumulates ∂L/∂W, ∂L/∂b; writes ∂L/∂X to `inputGrad` if given.
    public func backward(_ dy: UnsafePointer<Float>, input x: UnsafePointer<Float>, n: Int, inputGrad: UnsafeMutablePointer<Float>?) {
        BLAS.sgemm(transA: true, transB: false, m: inputs, n: outputs, k: n, alpha: 1,
                   a: x, lda: inputs, b: dy, ldb: outputs, beta: 1, c: weight.grad.pointer, ldc: outputs)
        for i in 0..<n {
            for j in 0..<outputs { bias.grad[j] += dy[i * outputs + j] }
        }
        guard let inputGrad else { return }
        BLAS.sgemm(transA: false, transB: true, m: n, n: inputs, k: outputs, alpha: 1,
                   a: dy, lda: outputs, b: weight.value.pointer, ldb: outputs, beta: 0, c: inputGrad, ldc: inputs)
    }
}
