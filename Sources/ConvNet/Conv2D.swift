import CKernels
import LinearAlgebra

/// A k×k convolution, stride 1, zero padding p = (k − 1)/2 (same-size output), on the
/// channel-major batch layout C×N×H×W, computed as im2col + SGEMM.
///
/// Forward, with Wmat the Cout × (Cin·k²) weight matrix and col = im2col(x) (`Im2Col`):
///
///     y = Wmat · col + b·1ᵀ                        (Cout × N·H·W)
///
/// Backward, given δ = ∂L/∂y:
///
///     ∂L/∂Wmat = δ · colᵀ,   ∂L/∂b = δ · 1,   ∂L/∂x = col2im(Wmatᵀ · δ).
///
/// The columns (positions) are processed in blocks of whole images (`imagesPerBlock`), so the
/// block of col (Cin·k² × B·H·W floats, about `blockFloats`) stays in cache between im2col and the
/// GEMMs that read it, instead of a col matrix for the whole batch going through memory three
/// times. The backward rebuilds each block's col from x (a copy, no arithmetic) rather than
/// keeping the forward's, and sums (∂L/∂Wmat)ᵀ = Σ_blocks col · δᵀ, added to ∂L/∂Wmat at the end.
/// Every product of the formulas above is computed once; only the order of the sums over
/// positions (∂L/∂W, ∂L/∂b: block by block) differs from one whole-batch GEMM.
///
/// With one input channel and k = 3 (col has 9 rows) the forward product runs in C
/// (`ck_conv_k9_forward`), where the thin GEMM is bound by its passes over y.
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
    /// The target size of one col block in floats (64 Ki floats = 256 KiB, within a core's L2).
    public var blockFloats = 1 << 16
    /// (∂L/∂Wmat)ᵀ of one backward, (Cin·k²) × Cout: the product col · δᵀ runs faster in OpenBLAS
    /// than δ · colᵀ for these thin shapes (Cout ≤ 64 rows against Cin·k² columns).
    let weightGradTransposed: FloatBuffer

    public init(inChannels: Int, outChannels: Int, kernel: Int, rng: inout SeededRNG) {
        precondition(inChannels > 0 && outChannels > 0 && kernel > 0 && kernel % 2 == 1,
                     "Conv2D: bad shape \(inChannels)→\(outChannels), k = \(kernel) (k must be odd)")
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernel = kernel
        weight = Parameter(count: outChannels * inChannels * kernel * kernel, decays: true, isConvWeight: true)
        bias = Parameter(count: outChannels, decays: false)
        weightGradTransposed = FloatBuffer(count: outChannels * inChannels * kernel * kernel)
        weight.heInitialise(fanIn: inChannels * kernel * kernel, rng: &rng)
    }

    /// Images per block for planes of `plane` pixels: ⌊blockFloats / (Cin·k²·plane)⌋, at least 1,
    /// at most n.
    public func imagesPerBlock(plane: Int, n: Int) -> Int {
        max(1, min(n, blockFloats / max(1, patchSize * plane)))
    }

    /// Floats of the col workspace `forward` and `backward` need for batches of up to n images.
    public func workspaceCount(plane: Int, n: Int) -> Int {
        patchSize * imagesPerBlock(plane: plane, n: n) * plane
    }

    /// y ← Wmat · im2col(x) + b. `col` is a workspace of `workspaceCount(plane: h·w, n: n)`
    /// floats; `output` holds Cout × n·h·w.
    public func forward(_ input: UnsafePointer<Float>, n: Int, height h: Int, width w: Int, weights: UnsafePointer<Float>,
                        col: UnsafeMutablePointer<Float>, output: UnsafeMutablePointer<Float>) {
        let plane = h * w, cols = n * plane, block = imagesPerBlock(plane: plane, n: n)
        var i0 = 0
        while i0 < n {
            let nb = min(block, n - i0), bc = nb * plane
            ck_im2col(input + i0 * plane, cols, inChannels, nb, h, w, kernel, padding, col)
            // Nine rows of col (one channel, 3×3): the C product, bias included, writes y once.
            if ck_conv_k9_forward(weights, bias.value.pointer, col, outChannels, patchSize, bc, output + i0 * plane, cols) == 0 {
                i0 += nb
                continue
            }
            for o in 0..<outChannels { (output + o * cols + i0 * plane).update(repeating: bias.value[o], count: bc) }
            BLAS.sgemm(transA: false, transB: false, m: outChannels, n: bc, k: patchSize, alpha: 1,
                       a: weights, lda: patchSize, b: col, ldb: bc, beta: 1, c: output + i0 * plane, ldc: cols)
            i0 += nb
        }
    }

    /// Accumulates ∂L/∂Wmat into `weightGrad` and ∂L/∂b into `bias.grad`, then, if `inputGrad`
    /// is given, writes ∂L/∂x there (overwriting). `input` is the forward's x; `col` a workspace
    /// as in `forward` (overwritten).
    public func backward(_ outputGrad: UnsafePointer<Float>, input: UnsafePointer<Float>, n: Int, height h: Int, width w: Int,
                         weights: UnsafePointer<Float>, col: UnsafeMutablePointer<Float>, weightGrad: UnsafeMutablePointer<Float>,
                         inputGrad: UnsafeMutablePointer<Float>?) {
        let plane = h * w, cols = n * plane, block = imagesPerBlock(plane: plane, n: n)
        let gradT = weightGradTransposed.pointer
        weightGradTransposed.zero()
        var i0 = 0
        while i0 < n {
            let nb = min(block, n - i0), bc = nb * plane
            let delta = outputGrad + i0 * plane
            ck_im2col(input + i0 * plane, cols, inChannels, nb, h, w, kernel, padding, col)
            // (∂L/∂Wmat)ᵀ += col · δᵀ for this block.
            BLAS.sgemm(transA: false, transB: true, m: patchSize, n: outChannels, k: bc, alpha: 1,
                       a: col, lda: bc, b: delta, ldb: cols, beta: 1, c: gradT, ldc: outChannels)
            for o in 0..<outChannels { ck_row_sums(delta + o * cols, 1, bc, bias.grad.pointer + o) }
            if let inputGrad {
                BLAS.sgemm(transA: true, transB: false, m: patchSize, n: bc, k: outChannels, alpha: 1,
                           a: weights, lda: patchSize, b: delta, ldb: cols, beta: 0, c: col, ldc: bc)
                ck_col2im(col, inChannels, nb, h, w, kernel, padding, inputGrad + i0 * plane, cols, 0)
            }
            i0 += nb
        }
        for o in 0..<outChannels {
            for t in 0..<patchSize { weightGrad[o * patchSize + t] += gradT[t * outChannels + o] }
        }
    }
}
