import Foundation
import LinearAlgebra

/// InfoNCE with stop-gradient on the second view (SPEC §4):
///
///     S_kc = ⟨f(X_k), sg(f(Y_c))⟩ / τ,   P_kc = softmax_c(S_kc)
///     ℓ_k  = −log P_kk,                   L = (1/K) Σ_k ℓ_k
///     ∂L/∂f(X_k) = (1/(Kτ)) (Σ_c P_kc f(Y_c) − f(Y_k))
///
/// Only the anchor view X carries gradient.
public enum InfoNCE {
    /// Given S (K × K, already divided by τ) in `s`, overwrites it with P and returns the mean loss
    /// (accumulated in Float64).
    public static func softmaxInPlace(_ s: UnsafeMutablePointer<Float>, batch k: Int) -> Double {
        var loss = 0.0
        for row in 0..<k {
            let sr = s + row * k
            let mx = VectorKernels.max(sr, count: k)   // m = max_c S_kc, 8-wide (same value as a scalar loop)
            // e_c = exp(S_kc − max), vectorised (VectorKernels.expShifted), Σ_c e_c
            let sum = VectorKernels.expShifted(sr, count: k, shift: mx)
            // ℓ_k = −S_kk + log Σ_c exp S_kc = −log(P_kk)
            let pkk = Double(sr[row]) / Double(sum)
            loss -= log(max(pkk, Double.leastNormalMagnitude))
            let inv = 1 / sum
            for c in 0..<k { sr[c] *= inv }
        }
        return loss / Double(k)
    }

    /// Loss of one batch from encoder outputs, by plain loops (a reference for tests and metrics).
    public static func loss(hx: [[Float]], hy: [[Float]], temperature tau: Double) -> Double {
        let k = hx.count
        var total = 0.0
        for a in 0..<k {
            let logits = (0..<k).map { c in zip(hx[a], hy[c]).reduce(0.0) { $0 + Double($1.0) * Double($1.1) } / tau }
            let mx = logits.max()!
            let lse = mx + log(logits.reduce(0.0) { $0 + exp($1 - mx) })
            total += lse - logits[a]
        }
        return total / Double(k)
    }
}
