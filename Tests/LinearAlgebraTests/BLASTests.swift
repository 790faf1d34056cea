import Testing
@testable import LinearAlgebra

@Suite struct BLASTests {
    /// Reference product by a plain triple loop.
    func naive(_ a: Matrix, _ b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, cols: b.cols)
        for i in 0..<a.rows { for j in 0..<b.cols {
            var s: Float = 0
            for k in 0..<a.cols { s += a[i, k] * b[k, j] }
            c[i, j] = s
        } }
        return c
    }

    func filled(_ r: Int, _ c: Int, _ seed: Int) -> Matrix {
        Matrix(rows: r, cols: c, data: (0..<(r * c)).map { Float(($0 * 37 + seed * 11) % 17) / 8 - 1 })
    }

    @Test func gemmMatchesPlainLoopForAllTransposes() {
        let a = filled(5, 7, 1), b = filled(7, 3, 2)
        let ref = naive(a, b)
        let variants = [
            BLAS.matmul(a, b),
            BLAS.matmul(a.transposed(), transA: true, b),
            BLAS.matmul(a, b.transposed(), transB: true),
            BLAS.matmul(a.transposed(), transA: true, b.transposed(), transB: true),
        ]
        for v in variants {
            #expect(v.rows == 5 && v.cols == 3)
            for i in 0..<v.count { #expect(abs(v.data[i] - ref.data[i]) < 1e-4) }
        }
    }

    @Test func gemmAccumulatesWithBeta() {
        let a = filled(2, 2, 3), b = filled(2, 2, 4)
        var c = Matrix(rows: 2, cols: 2, repeating: 1)
        BLAS.gemm(a, b, alpha: 2, beta: 0.5, into: &c)
        let ref = naive(a, b)
        for i in 0..<4 { #expect(abs(c.data[i] - (2 * ref.data[i] + 0.5)) < 1e-5) }
    }

    @Test func vectorKernels() {
        let x: [Float] = [3, 4], y: [Float] = [1, 2]
        #expect(BLAS.dot(x, y) == 11)
        x.withUnsafeBufferPointer { #expect(BLAS.nrm2(2, $0.baseAddress!) == 5) }
        #expect(BLAS.configString.contains("OpenBLAS"))
    }
}

@Suite struct SeededRNGTests {
    @Test func sameSeedSameStreamAndStreamsDiffer() {
        var a = SeededRNG(seed: 7), b = SeededRNG(seed: 7), c = SeededRNG(seed: 7, stream: 1)
        let xa = (0..<5).map { _ in a.next() }, xb = (0..<5).map { _ in b.next() }
        let xc = (0..<5).map { _ in c.next() }
        #expect(xa == xb)
        #expect(xa != xc)
    }

    @Test func normalMomentsAreStandard() {
        var r = SeededRNG(seed: 1)
        let n = 100_000
        let xs = (0..<n).map { _ in r.normal() }
        let mean = xs.reduce(0, +) / Double(n)
        let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)
        #expect(abs(mean) < 0.02)
        #expect(abs(variance - 1) < 0.02)
    }

    @Test func intBelowCoversRangeUniformly() {
        var r = SeededRNG(seed: 3)
        var counts = [Int](repeating: 0, count: 5)
        for _ in 0..<50_000 { counts[r.int(below: 5)] += 1 }
        for c in counts { #expect(abs(c - 10_000) < 500) }
    }
}
