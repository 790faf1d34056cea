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
public enum Im2Col {
    public static func im2col(_ input: UnsafePointer<Float>, channels: Int, n: Int, height h: Int, width w: Int,
                              kernel k: Int, padding p: Int, into col: UnsafeMutablePointer<Float>) {
        let plane = h * w, cols = n * plane
        for c in 0..<channels {
            for a in 0..<k {
                for b in 0..<k {
                    let dst = col + ((c * k + a) * k + b) * cols
                    let dy = a - p, dx = b - p
                    let xLo = max(0, -dx), xHi = min(w, w - dx)
                    for img in 0..<n {
                        let src = input + (c * n + img) * plane
                        let d = dst + img * plane
                        for y in 0..<h {
                            let row = d + y * w
                            let sy = y + dy
                            if sy < 0 || sy >= h || xLo >= xHi {
                                row.update(repeating: 0, count: w)
                                continue
                            }
                            if xLo > 0 { row.update(repeating: 0, count: xLo) }
                            if xHi < w { (row + xHi).update(repeating: 0, count: w - xHi) }
                            (row + xLo).update(from: src + sy * w + xLo + dx, count: xHi - xLo)
                        }
                    }
                }
            }
        }
    }

    /// input += col2im(col) (the adjoint of `im2col`); zero `input` first for a plain gradient.
    public static func col2im(_ col: UnsafePointer<Float>, channels: Int, n: Int, height h: Int, width w: Int,
                              kernel k: Int, padding p: Int, into input: UnsafeMutablePointer<Float>) {
        let plane = h * w, cols = n * plane
        for c in 0..<channels {
            for a in 0..<k {
                for b in 0..<k {
                    let srcRow = col + ((c * k + a) * k + b) * cols
                    let dy = a - p, dx = b - p
                    let xLo = max(0, -dx), xHi = min(w, w - dx)
                    if xLo >= xHi { continue }
                    for img in 0..<n {
                        let dst = input + (c * n + img) * plane
                        let s = srcRow + img * plane
                        for y in 0..<h {
                            let sy = y + dy
                            if sy < 0 || sy >= h { continue }
                            let from = s + y * w, to = dst + sy * w + dx
                            for x in xLo..<xHi { to[x] += from[x] }
                        }
                    }
                }
            }
        }
    }
}
