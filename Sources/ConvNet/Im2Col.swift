import CKernels

/// The im2col and col2im rearrangements for a k×k convolution with stride 1 and zero padding p
/// (output size = input size when p = (k − 1)/2), on the channel-major batch layout C×N×H×W.
///
/// im2col builds the (C·k²) × (N·H·W) matrix
///
///     col[(c·k + a)·k + b, (n·H + y)·W + x] = in[c, n, y + a − p, x + b − p]   (0 outside the image),
///
/// so a convolution is one GEMM, out = Wmat · col with Wmat = weights as Cout × (C·k²).
/// col2im is its adjoint: in-gradient[c, n, y', x'] = Σ over the (row, column) pairs that read
/// (c, n, y', x') of dcol — accumulated into `input`, which the caller zeroes first.
///
/// Both run in C (`ck_im2col`, `ck_col2im`): for tap (a, b) each image's plane is a copy shifted
/// by (a − p)·W + (b − p), ANDed with the tap's mask of in-image pixels; col2im adds the k² masked
/// rows back, shifted, in tap order.
public enum Im2Col {
    public static func im2col(_ input: UnsafePointer<Float>, channels: Int, n: Int, height h: Int, width w: Int,
                              kernel k: Int, padding p: Int, into col: UnsafeMutablePointer<Float>) {
        ck_im2col(input, n * h * w, channels, n, h, w, k, p, col)
    }

    /// input += col2im(col) (the adjoint of `im2col`); zero `input` first for a plain gradient.
    public static func col2im(_ col: UnsafePointer<Float>, channels: Int, n: Int, height h: Int, width w: Int,
                              kernel k: Int, padding p: Int, into input: UnsafeMutablePointer<Float>) {
        ck_col2im(col, channels, n, h, w, k, p, input, n * h * w, 1)
    }
}
