import CKernels

/// A fast seeded source of standard normal `Float`s and uniform 32-bit words, written straight into
/// the caller's buffer.
///
/// Eight independent xoshiro128** generators ("lanes") are advanced together as 8-wide vectors
/// (the multiplications by 5 and 9 are shift-and-add). The kernel is C (`CKernels/gaussian.c`, vector
/// extensions, compiled for x86-64-v4 (AVX-512), AVX2 and baseline x86-64 with identical results),
/// because Swift's SIMD types scalarised most of it (0.13·10⁹ normals/s against 1.1·10⁹/s in C).
/// Two blocks' words are drawn one after the other and transformed 16 lanes wide (≈ 2·10⁹/s with the
/// AVX-512 clone, 1.27·10⁹/s AVX2; the bits do not depend on the width). Normals come from a
/// Box–Muller transform in `Float` with polynomials instead of `log`, `sin` and `cos`:
///
///     u  = (b₁ >> 8 + ½)·2⁻²⁴ ∈ (0, 1),        r = √(−2 ln u)
///     ψ  = (b₂ >> 8 + ½)·2⁻²⁴ · π/4 ∈ (0, π/4)
///     (z₁, z₂) = (±r·c, ±r·s) with (c, s) = (cos ψ, sin ψ), swapped with probability ½
///
/// The octant trick is exact: for θ ~ U[0, 2π), (cos θ, sin θ) has the distribution of (cos ψ, sin ψ)
/// swapped with probability ½ and with two independent random signs; the swap and signs use the low
/// three bits of b₂. `ln u` is Cephes' `logf` scheme (u = 2ᵉ·m, m ∈ [√½, √2), a degree-9 polynomial
/// in m − 1); `cos ψ`, `sin ψ` are Taylor polynomials to ψ⁸/ψ⁹ (error < 3·10⁻⁸ on [0, π/4]).
/// The largest |z| is √(48 ln 2) ≈ 5.77 (probability of more under N(0, 1): 8·10⁻⁹).
///
/// Normals are produced in blocks of 16 (8 lanes × a Box–Muller pair); a request whose length is not
/// a multiple of 16 discards the rest of its last block, so the output depends only on the seed and
/// the sequence of request lengths. Deterministic on every machine: integer and IEEE single
/// operations only, no fused multiply–add, no library calls.
public struct GaussianSource: @unchecked Sendable {
    public static let lanes = 8
    var state = ck_lanes()

    /// A source for `seed`; `stream` derives independent sources (e.g. one per purpose). The lanes are
    /// seeded from `SeededRNG(seed:stream:)` (SplitMix64 → xoshiro256**), so lanes and streams differ.
    public init(seed: UInt64, stream: UInt64 = 0) {
        var rng = SeededRNG(seed: seed, stream: stream)
        self.init(rng: &rng)
    }

    /// A source seeded from (and advancing) `rng`: 32 words of 32 bits, the upper halves of its outputs.
    public init(rng: inout SeededRNG) {
        withUnsafeMutableBytes(of: &state.s) { raw in
            let w = raw.bindMemory(to: UInt32.self)
            for k in 0..<32 { w[k] = UInt32(truncatingIfNeeded: rng.next() >> 32) }
            // xoshiro's state must not be all zero in any lane (word k of lane l is w[k·8 + l]).
            for lane in 0..<8 where w[lane] | w[8 + lane] | w[16 + lane] | w[24 + lane] == 0 { w[lane] = 0x9E37_79B9 }
        }
    }

    /// Writes `scale · z` (z ~ N(0, 1) i.i.d.) into `out[0..<count]`.
    public mutating func fillNormals(_ out: UnsafeMutablePointer<Float>, count: Int, scale: Float = 1) {
        precondition(count >= 0, "GaussianSource.fillNormals: negative count")
        ck_normals(&state, out, count, scale, 0)
    }

    /// Adds `scale · z` (z ~ N(0, 1) i.i.d.) to `out[0..<count]`.
    public mutating func addNormals(_ out: UnsafeMutablePointer<Float>, count: Int, scale: Float) {
        precondition(count >= 0, "GaussianSource.addNormals: negative count")
        ck_normals(&state, out, count, scale, 1)
    }

    /// Writes uniform 32-bit words into `out[0..<count]` (blocks of 8; the rest of a last block is discarded).
    public mutating func fillWords(_ out: UnsafeMutablePointer<UInt32>, count: Int) {
        precondition(count >= 0, "GaussianSource.fillWords: negative count")
        ck_words(&state, out, count)
    }

    /// `count` normals as an array (tests and one-off uses).
    public mutating func normals(_ count: Int) -> [Float] {
        var out = [Float](repeating: 0, count: count)
        out.withUnsafeMutableBufferPointer { fillNormals($0.baseAddress!, count: count) }
        return out
    }
}
