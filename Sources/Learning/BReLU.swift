import LinearAlgebra

/// The bilateral ReLU of SPEC §3 and its derivative.
///
///     BReLU_b(u) = ReLU(u − b) − ReLU(−u − b) = sign(u)·max(|u| − b, 0)
///     BReLU_b'(u) = 1[|u| > b]
public enum BReLU {
    @inline(__always)
    public static func value(_ u: Float, bias b: Float) -> Float {
        if u > b { return u - b }
        if u < -b { return u + b }
        return 0
    }

    @inline(__always)
    public static func derivative(_ u: Float, bias b: Float) -> Float {
        (u > b || u < -b) ? 1 : 0
    }

    /// Encoder output from pre-activations: for U ((n·L) × m) with U[(k,r), i] = ⟨w_i, a_k^(r)⟩,
    ///
    ///     H[k, i] = h_i(X_k) = Σ_r BReLU_{b_i}(U[(k,r), i])
    ///
    /// written into `h` (n × m). Branch-free: for b ≥ 0
    ///
    ///     BReLU_b(u) = max(u − b, 0) + min(u + b, 0)
    ///
    /// (at most one term is non-zero), which gives exactly `value(u, bias: b)`. Runs as the C kernel
    /// `VectorKernels.breluPool` (the same operations per element as the loop
    /// `h[k,i] += max(U − b, 0) + min(U + b, 0)` over r from h = 0, vectorised 16 wide where the CPU can).
    public static func pool(_ u: UnsafePointer<Float>, tokens L: Int, samples n: Int, neurons m: Int,
                            bias: UnsafePointer<Float>, into h: UnsafeMutablePointer<Float>) {
        VectorKernels.breluPool(u, tokens: L, samples: n, neurons: m, bias: bias, into: h)
    }

    /// Back through the pooling and the activation:
    ///
    ///     G_U[(k,r), i] = G_H[k, i] · 1[|U[(k,r), i]| > b_i]
    ///
    /// `gh` is n × m, `u` and `gu` are (n·L) × m. A select, not a product (so G_H·0 gives +0, never
    /// −0 or NaN), in the C kernel `VectorKernels.breluBackward`.
    public static func backward(_ gh: UnsafePointer<Float>, _ u: UnsafePointer<Float>, tokens L: Int, samples n: Int,
                                neurons m: Int, bias: UnsafePointer<Float>, into gu: UnsafeMutablePointer<Float>) {
        VectorKernels.breluBackward(gh, u, tokens: L, samples: n, neurons: m, bias: bias, into: gu)
    }

    /// `pool` for pre-activations stored transposed: Uᵀ is m × `stride` (row i holds neuron i's
    /// pre-activations of all tokens, sample k's L tokens in columns k·L ..< k·L + L), and
    ///
    ///     H[k, i] = Σ_r BReLU_{b_i}(Uᵀ[i, k·L + r])          (r summed in order, as `pool`)
    ///
    /// is written into `h` (n × m). Same operations per element as `pool`, so equal U gives equal bits.
    public static func poolTransposed(_ ut: UnsafePointer<Float>, stride: Int, tokens L: Int, samples n: Int, neurons m: Int,
                                      bias: UnsafePointer<Float>, into h: UnsafeMutablePointer<Float>) {
        precondition(stride >= n * L, "BReLU.poolTransposed: row stride \(stride) < \(n)·\(L)")
        for i in 0..<m {
            let ui = ut + i * stride, b = bias[i]
            for k in 0..<n {
                let uk = ui + k * L
                var acc: Float = 0
                for r in 0..<L {
                    let x = uk[r]
                    acc += Swift.max(x - b, 0) + Swift.min(x + b, 0)
                }
                h[k * m + i] = acc
            }
        }
    }

    /// `backward` in the transposed layout: Uᵀ is m × `stride` (view X in columns 0..<n·L), and
    ///
    ///     G_Uᵀ[i, k·L + r] = G_H[k, i] · 1[|Uᵀ[i, k·L + r]| > b_i]
    ///
    /// is written into `gut` (m × n·L), so that ∇W = G_Uᵀ · A_X is a GEMM without transposition.
    public static func backwardTransposed(_ gh: UnsafePointer<Float>, _ ut: UnsafePointer<Float>, stride: Int, tokens L: Int,
                                          samples n: Int, neurons m: Int, bias: UnsafePointer<Float>,
                                          into gut: UnsafeMutablePointer<Float>) {
        precondition(stride >= n * L, "BReLU.backwardTransposed: row stride \(stride) < \(n)·\(L)")
        let kl = n * L
        for i in 0..<m {
            let ui = ut + i * stride, gi = gut + i * kl, b = bias[i]
            for k in 0..<n {
                let g = gh[k * m + i], uk = ui + k * L, gk = gi + k * L
                for r in 0..<L { gk[r] = abs(uk[r]) > b ? g : 0 }
            }
        }
    }
}
