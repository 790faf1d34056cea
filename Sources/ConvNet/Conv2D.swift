import LinearAlgebra

/// A k×k convolution, stride 1, zero padding p = (k − 1)/2 (same-size output), on the
/// channel-major batch layout C×N×H×W, computed as im2col + one SGEMM.
///
/// Forward, with Wmat the Cout × (Cin·k²) weight matrix and col = im2col(x) (`Im2Col`):
///
///     y = Wmat · col + b·1ᵀ                        (Cout × N·H·W)
///
/// Backward, given δ = ∂L/∂y:
///
///     ∂L/∂Wmat = δ · colᵀ,   ∂L/∂b = δ · 1,   ∂L/∂x = col2im(Wmatᵀ · δ).
///
/// The weights used in the forward pass are passed in (the dense `weight.value`, or the masked
/// copy of the pruned self-competitor), so one layer serves both branches of SDCLR.
public final class Conv2D {
    public let inChannels: Int
    public let outChannels: Int
    public let kernel: Int
    public var padding: Int { (kernel - 1) / 2 }
    /// Wmat, Cout × (Cin·k²), row-major.
    public let weight: Parameter
    /// b, one per output channel.
    public let bias: Parameter
    /// Cin·k², the rows of col.
    public var patchSize: Int { inChannels * kernel * kernel }

    public init(inChannels: Int, outChannels: Int, kernel: Int, rng: inout SeededRNG) {
        precondition(inChannels > 0 && outChannels > 0 && kernel > 0 && kernel % 2 == 1,
                     "Conv2D: bad shape \(inChannels)→\(outChannels), k = \(kernel) (k must be odd)")
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernel = kernel
        weight = Parameter(count: outChannels * inChannels * kernel * kernel, decays: true, isConvWeight: true)
        bias = Parameter(count: outChannels, decays: false)
        weight.heInitialise(fanIn: inChannels * kernel * kernel, rng: &rng)
    }

    /// y ← Wmat · im2col(x) + b. `col` holds patchSize × n·h·w floats and keeps im2col(x) for
    /// the backward pass; `output` holds Cout × n·h·w.
    public func forward(_ input: UnsafePointer<Float>, n: Int, height h: Int, width w: Int, weights: UnsafePointer<Float>,
                        col: UnsafeMutablePointer<Float>, output: UnsafeMutablePointer<Float>) {
        let cols = n * h * w
        Im2Col.im2col(input, channels: inChannels, n: n, height: h, width: w, kernel: kernel, padding: padding, into: col)
        for o in 0..<outChannels { (output + o * cols).update(repeating: bias.value[o], count: cols) }
        BLAS.sgemm(transA: false, transB: false, m: outChannels, n: cols, k: patchSize, alpha: 1,
                   a: weights, lda: patchSize, b: col, ldb: cols, beta: 1, c: output, ldc: cols)
    }

    /// Accumulates ∂L/∂Wmat into `weightGrad` and ∂L/∂b into `bias.grad`, then, if `inputGrad`
    /// is given, writes ∂L/∂x there (overwriting). `col` must hold im2col(x) from `forward`; it is
    /// overwritten (with Wmatᵀ·δ).
    public func backward(_ outputGrad: UnsafePointer<Float>, n: Int, height h: Int, width w: Int, weights: UnsafePointer<Float>,
                         col: UnsafeMutablePointer<Float>, weightGrad: UnsafeMutablePointer<Float>,
                         inputGrad: UnsafeMutablePointer<Float>?) {
        let cols = n * h * w
        BLAS.sgemm(transA: false, transB: true, m: outChannels, n: patchSize, k: cols, alpha: 1,
                   a: outputGrad, lda: cols, b: col, ldb: cols, beta: 1, c: weightGrad, ldc: patchSize)
        for o in 0..<outChannels {
            let row = outputGrad + o * cols
            var s: Float = 0
            for i in 0..<cols { s += row[i] }
            bias.grad[o] += s
        }
        guard let inputGrad else { return }
        BLAS.sgemm(transA: true, transB: false, m: patchSize, n: cols, k: outChannels, alpha: 1,
                   a: weights, lda: patchSize, b: outputGrad, ldb: cols, beta: 0, c: col, ldc: cols)
        inputGrad.update(repeating: 0, count: inChannels * cols)
        Im2Col.col2im(col, channels: inChannels, n: n, height: h, width: w, kernel: kernel, padding: padding, into: inputGrad)
    }
}
