import Testing
@testable import Learning
import LinearAlgebra

/// `BReLU.pool` / `backward` run as C kernels; they must give the bits of the Swift loops they
/// replaced (kept here as the reference), specials included, at sizes that exercise the vector tails.
@Suite struct BReLUKernelTests {
    /// The pre-kernel Swift loops, verbatim.
    static func referencePool(_ u: [Float], tokens L: Int, samples n: Int, neurons m: Int, bias: [Float]) -> [Float] {
        var h = [Float](repeating: .nan, count: n * m)
        for k in 0..<n {
            for i in 0..<m { h[k * m + i] = 0 }
            for r in 0..<L {
                for i in 0..<m {
                    let x = u[(k * L + r) * m + i], b = bias[i]
                    h[k * m + i] += Swift.max(x - b, 0) + Swift.min(x + b, 0)
                }
            }
        }
        return h
    }

    static func referenceBackward(_ gh: [Float], _ u: [Float], tokens L: Int, samples n: Int, neurons m: Int, bias: [Float]) -> [Float] {
        var gu = [Float](repeating: .nan, count: n * L * m)
        for k in 0..<n {
            for r in 0..<L {
                for i in 0..<m {
                    let g = gh[k * m + i], a = abs(u[(k * L + r) * m + i]), b = bias[i]
                    gu[(k * L + r) * m + i] = a > b ? g : 0
                }
            }
        }
        return gu
    }

    @Test(arguments: [(3, 5, 37), (4, 2, 64), (1, 1, 1), (4, 3, 100)])
    func kernelsGiveTheBitsOfTheSwiftLoops(shape: (Int, Int, Int)) {
        let (L, n, m) = shape
        var rng = SeededRNG(seed: 77)
        let specials: [Float] = [0, -0.0, .nan, .infinity, -.infinity, 0.5, -0.5, 1e-40, -1e-40]
        var u = (0..<(n * L * m)).map { _ in Float(rng.normal()) }
        for e in stride(from: 0, to: u.count, by: 7) { u[e] = specials[(e / 7) % specials.count] }
        var bias = (0..<m).map { _ in Float(abs(rng.normal())) * 0.5 }
        for i in stride(from: 0, to: m, by: 5) { bias[i] = i % 10 == 0 ? 0 : 0.5 }
        let gh = (0..<(n * m)).map { e in e % 11 == 0 ? -0.0 : Float(rng.normal()) }
        var h = [Float](repeating: .nan, count: n * m), gu = [Float](repeating: .nan, count: n * L * m)
        BReLU.pool(u, tokens: L, samples: n, neurons: m, bias: bias, into: &h)
        gh.withUnsafeBufferPointer { pg in
            gu.withUnsafeMutableBufferPointer { pgu in
                BReLU.backward(pg.baseAddress!, u, tokens: L, samples: n, neurons: m, bias: bias, into: pgu.baseAddress!)
            }
        }
        #expect(h.map(\.bitPattern) == Self.referencePool(u, tokens: L, samples: n, neurons: m, bias: bias).map(\.bitPattern))
        #expect(gu.map(\.bitPattern) == Self.referenceBackward(gh, u, tokens: L, samples: n, neurons: m, bias: bias).map(\.bitPattern))
    }
}
