import Foundation
import Testing
import LinearAlgebra

/// The Gaussian source tested as a statistician would: moments, goodness of fit (KS and χ²), the tails,
/// and no correlation between consecutive draws or between lanes. Bounds are ~5 standard errors, so a
/// correct generator fails with probability < 10⁻⁵ per check, while a wrong variance, a missing sign,
/// a skewed polynomial or a lane that repeats another fails by far.
@Suite struct GaussianSourceTests {
    static let n = 10_000_000
    /// 10⁷ draws in requests of varying length (exercises the partial last block).
    static let draws: [Float] = {
        var g = GaussianSource(seed: 2026, stream: 11)
        var out = [Float](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { p in
            var i = 0, len = 4096
            while i < n {
                let c = min(len, n - i)
                g.fillNormals(p.baseAddress! + i, count: c)
                i += c
                len = len == 4096 ? 1000 : 4096
            }
        }
        return out
    }()

    /// Φ(z) = ½·erfc(−z/√2).
    static func phi(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    @Test func momentsMatchStandardNormal() {
        let z = GaussianSourceTests.draws, n = Double(z.count)
        var s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0
        for v in z { let x = Double(v), x2 = x * x; s1 += x; s2 += x2; s3 += x2 * x; s4 += x2 * x2 }
        let mean = s1 / n, variance = s2 / n - mean * mean
        let skew = s3 / n, kurt = s4 / n - 3
        // Standard errors at n = 10⁷: mean 3.2e-4, variance 4.5e-4, skewness 7.7e-4, excess kurtosis 1.5e-3.
        #expect(abs(mean) < 1.6e-3, "mean \(mean)")
        #expect(abs(variance - 1) < 2.3e-3, "variance \(variance)")
        #expect(abs(skew) < 3.9e-3, "skewness \(skew)")
        #expect(abs(kurt) < 7.7e-3, "excess kurtosis \(kurt)")
    }

    @Test func kolmogorovSmirnovAgainstNormal() {
        let sample = Array(GaussianSourceTests.draws.prefix(1_000_000)).sorted()
        let n = Double(sample.count)
        var d = 0.0
        for (i, v) in sample.enumerated() {
            let f = GaussianSourceTests.phi(Double(v))
            d = max(d, abs(f - Double(i) / n), abs(Double(i + 1) / n - f))
        }
        // √n·D > 1.95 has probability 0.001 under N(0, 1).
        #expect(d * n.squareRoot() < 1.95, "KS √n·D = \(d * n.squareRoot())")
    }

    @Test func chiSquareOverEquiprobableBins() {
        let bins = 100
        var counts = [Int](repeating: 0, count: bins)
        for v in GaussianSourceTests.draws {
            counts[min(bins - 1, Int(GaussianSourceTests.phi(Double(v)) * Double(bins)))] += 1
        }
        let e = Double(GaussianSourceTests.n) / Double(bins)
        let chi2 = counts.reduce(0.0) { $0 + (Double($1) - e) * (Double($1) - e) / e }
        // 99 degrees of freedom: mean 99, sd 14; P(χ² > 170) ≈ 10⁻⁵.
        #expect(chi2 < 170, "χ² = \(chi2)")
    }

    @Test func tailsAtTheRightRate() {
        let z = GaussianSourceTests.draws, n = Double(z.count)
        for (threshold, p) in [(3.0, 2.699_796e-3), (4.0, 6.334_248e-5), (4.5, 6.795_346e-6)] {
            let count = Double(z.reduce(0) { $0 + (abs(Double($1)) > threshold ? 1 : 0) })
            let expected = n * p, sd = expected.squareRoot()
            #expect(abs(count - expected) < 5 * sd + 1, "|z| > \(threshold): \(count) draws, expected \(expected)")
        }
        // Both signs of the far tail occur.
        #expect(z.contains { $0 > 4.5 } && z.contains { $0 < -4.5 })
    }

    @Test func noCorrelationBetweenDrawsOrLanes() {
        let z = GaussianSourceTests.draws.prefix(4_000_000).map(Double.init)
        let n = Double(z.count)
        // Lag 1 and 7: neighbouring lanes; 8: the two values of one Box–Muller pair; 16: a lane's next pair.
        for lag in [1, 7, 8, 16] {
            var c = 0.0, c2 = 0.0
            for i in 0..<(z.count - lag) {
                c += z[i] * z[i + lag]
                c2 += (z[i] * z[i] - 1) * (z[i + lag] * z[i + lag] - 1)
            }
            let r = c / n, r2 = c2 / (2 * n)   // Var(z² − 1) = 2
            #expect(abs(r) < 5 / n.squareRoot(), "lag \(lag): correlation \(r)")
            #expect(abs(r2) < 5 / n.squareRoot(), "lag \(lag): correlation of squares \(r2)")
        }
    }

    @Test func sameSeedSameStreamAndChunkingOnlyCutsBlocks() {
        var a = GaussianSource(seed: 5), b = GaussianSource(seed: 5), c = GaussianSource(seed: 5, stream: 1)
        let x = a.normals(64), y = b.normals(64), w = c.normals(64)
        #expect(x == y)
        #expect(x != w)
        // Requests of multiples of 16 continue the same stream.
        var d = GaussianSource(seed: 5)
        #expect(d.normals(32) + d.normals(32) == x)
        // A request of 20 uses two blocks: the next request starts at the third block.
        var e = GaussianSource(seed: 5)
        let first = e.normals(20), next = e.normals(16)
        #expect(first == Array(x.prefix(20)) && next == Array(x[32..<48]))
    }

    @Test func addNormalsAddsTheSameDraws() {
        var a = GaussianSource(seed: 9), b = GaussianSource(seed: 9)
        var base = (0..<40).map { Float($0) }
        let z = a.normals(40)
        base.withUnsafeMutableBufferPointer { b.addNormals($0.baseAddress!, count: 40, scale: 0.5) }
        for i in 0..<40 { #expect(base[i] == Float(i) + z[i] * 0.5) }
    }

    @Test func wordsAreUniformBits() {
        var g = GaussianSource(seed: 3)
        var w = [UInt32](repeating: 0, count: 1 << 20)
        w.withUnsafeMutableBufferPointer { g.fillWords($0.baseAddress!, count: $0.count) }
        let n = Double(w.count)
        for bit in [0, 1, 2, 15, 31] {
            let ones = Double(w.reduce(0) { $0 + Int(($1 >> UInt32(bit)) & 1) })
            #expect(abs(ones - n / 2) < 5 * (n / 4).squareRoot(), "bit \(bit): \(ones) ones of \(n)")
        }
    }

    @Test func expShiftedMatchesExp() {
        var x: [Float] = (0..<101).map { -Float($0) * 0.9 }
        let ref = x.map { exp(Double($0 - 0.5)) }   // the kernel subtracts in Float
        let sum = x.withUnsafeMutableBufferPointer { VectorKernels.expShifted($0.baseAddress!, count: $0.count, shift: 0.5) }
        for i in 0..<x.count where ref[i] > 1e-37 { #expect(abs(Double(x[i]) - ref[i]) <= 2e-7 * ref[i], "exp at \(i)") }
        #expect(abs(Double(sum) - ref.reduce(0, +)) < 1e-6)
        var under: [Float] = [-100, -1000]
        _ = under.withUnsafeMutableBufferPointer { VectorKernels.expShifted($0.baseAddress!, count: 2, shift: 0) }
        #expect(under == [0, 0])
    }

    /// The 8-wide maximum equals the scalar loop of the softmax it replaced, NaNs skipped, every length.
    @Test func maxMatchesTheScalarLoop() {
        var source = GaussianSource(seed: 3)
        for n in [0, 1, 7, 8, 9, 16, 31, 128, 129] {
            var x = source.normals(n)
            if n > 9 { x[3] = .nan; x[n - 1] = .nan }
            var m = -Float.infinity
            for v in x { m = Swift.max(m, v) }
            let got = x.withUnsafeBufferPointer { VectorKernels.max($0.baseAddress!, count: n) }
            #expect(got.bitPattern == m.bitPattern, "n = \(n): \(got) vs \(m)")
        }
        let nans: [Float] = [.nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan]
        #expect(nans.withUnsafeBufferPointer { VectorKernels.max($0.baseAddress!, count: 9) } == -.infinity)
    }
}
