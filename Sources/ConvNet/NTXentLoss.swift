import Foundation
import LinearAlgebra

/// The NT-Xent loss of SimCLR (normalised temperature-scaled cross-entropy) on 2N projections:
/// rows 0..<N are the first views, rows N..<2N the second views of the same images, so the
/// positive of row i is π(i) = (i + N) mod 2N. Both views are anchors and each anchor has 2N − 2
/// negatives:
///
///     z_i = h_i / ‖h_i‖,   s_ik = z_i·z_k / τ,
///     ℓ_i = −s_{iπ(i)} + log Σ_{k≠i} exp(s_ik),   L = (1/2N) Σ_i ℓ_i.
///
/// Gradient: with p_ik = softmax over k ≠ i of s_ik and G_ik = (p_ik − [k = π(i)])/2N (G_ii = 0),
///
///     ∂L/∂z = (G + Gᵀ) Z / τ,   ∂L/∂h_i = (∂L/∂z_i − z_i (z_i·∂L/∂z_i)) / ‖h_i‖.
///
/// Workspaces are sized for 2N rows of dimension d once, at init.
public final class NTXentLoss {
    public let pairs: Int
    public let dimension: Int
    public let temperature: Float
    let z: FloatBuffer        // 2N × d
    let norms: FloatBuffer    // 2N
    let s: FloatBuffer        // 2N × 2N, similarities then G
    let dz: FloatBuffer       // 2N × d

    public init(pairs: Int, dimension: Int, temperature: Double) {
        precondition(pairs >= 2 && dimension >= 1 && temperature > 0, "NTXentLoss: needs N ≥ 2, d ≥ 1, τ > 0")
        self.pairs = pairs
        self.dimension = dimension
        self.temperature = Float(temperature)
        z = FloatBuffer(count: 2 * pairs * dimension)
        norms = FloatBuffer(count: 2 * pairs)
        s = FloatBuffer(count: 4 * pairs * pairs)
        dz = FloatBuffer(count: 2 * pairs * dimension)
    }

    /// L for the 2N × d projections `h`; writes ∂L/∂h into `grad` when given.
    @discardableResult
    public func lossAndGradient(_ h: UnsafePointer<Float>, grad: UnsafeMutablePointer<Float>?) -> Double {
        let m = 2 * pairs, d = dimension, zp = z.pointer, sp = s.pointer
        for i in 0..<m {
            let row = h + i * d
            var ss: Float = 0
            for k in 0..<d { ss += row[k] * row[k] }
            let nrm = max(ss.squareRoot(), 1e-12)
            norms[i] = nrm
            for k in 0..<d { zp[i * d + k] = row[k] / nrm }
        }
        BLAS.sgemm(transA: false, transB: true, m: m, n: m, k: d, alpha: 1 / temperature,
                   a: zp, lda: d, b: zp, ldb: d, beta: 0, c: sp, ldc: m)
        var loss = 0.0
        let inv2N = 1 / Float(m)
        for i in 0..<m {
            let row = sp + i * m
            let pos = (i + pairs) % m
            var mx = -Float.infinity
            for k in 0..<m where k != i { mx = max(mx, row[k]) }
            var sum: Float = 0
            for k in 0..<m where k != i { let e = exp(row[k] - mx); row[k] = e; sum += e }
            let positive = row[pos]                      // exp(s_iπ − mx)
            loss += Double(-(log(positive) - log(sum)))
            // G_ik = (p_ik − [k = π(i)]) / 2N
            for k in 0..<m { row[k] = k == i ? 0 : row[k] / sum * inv2N }
            row[pos] -= inv2N
        }
        loss /= Double(m)
        guard let grad else { return loss }
        // (G + Gᵀ): symmetrise in place.
        for i in 0..<m {
            for k in (i + 1)..<m {
                let v = sp[i * m + k] + sp[k * m + i]
                sp[i * m + k] = v; sp[k * m + i] = v
            }
        }
        BLAS.sgemm(transA: false, transB: false, m: m, n: d, k: m, alpha: 1 / temperature,
                   a: sp, lda: m, b: zp, ldb: d, beta: 0, c: dz.pointer, ldc: d)
        for i in 0..<m {
            let zi = zp + i * d, gi = dz.pointer + i * d
            var dot: Float = 0
            for k in 0..<d { dot += zi[k] * gi[k] }
            let inv = 1 / norms[i]
            for k in 0..<d { grad[i * d + k] = (gi[k] - zi[k] * dot) * inv }
        }
        return loss
    }
}
