import Testing
@testable import LinearAlgebra

/// `RowGEMM` must give `BLAS.sgemm`'s bits on the gathered rows — its whole reason to exist — or refuse.
@Suite struct RowGEMMTests {
    /// (m, n, d): every edge of the packing — B slivers of 4, 2 and 1 (m = 7, 13), A panels of 8, 4, 2
    /// and 1 rows (n = 45 = 5·8 + 4 + 1; d = 701 and 1030 leave 189 = 23·8 + 4 + 1 and 198 = 24·8 + 4 + 2 in
    /// their last block), K and M blocks of 320 with the halved last blocks (701 → 320, 192, 189;
    /// 700 → 320, 192, 188), the first M block's kernel calls in chunks of 12 columns (m = 100), a single
    /// row (n = 1).
    static let shapes = [(7, 45, 701), (100, 700, 1030), (13, 1, 3), (4, 8, 8)]

    /// Uniform on [−0.5, 0.5) with a random 24-bit significand, so that a different summation order shows.
    func random(_ count: Int, _ rng: inout SeededRNG) -> [Float] {
        (0..<count).map { _ in Float(rng.next() >> 40) * 0x1p-24 - 0.5 }
    }

    @Test(arguments: shapes)
    func sameBitsAsBLASOnTheGatheredRows(_ shape: (Int, Int, Int)) throws {
        let (m, n, d) = shape
        BLAS.setThreads(1)  // as every caller of the engine does; RowGEMM reproduces the one-thread driver
        let made = RowGEMM.make(neurons: m, ambientDim: d, rowCounts: [n])
        guard BLAS.coreName.lowercased() == "haswell", RowGEMM.enabledByEnvironment else {
            // Other kernel families have other blockings: the check must refuse them.
            #expect(made == nil, "RowGEMM accepted core \(BLAS.coreName)")
            return
        }
        let gemm = try #require(made, "RowGEMM refused \(m)×\(n)×\(d) on core Haswell")
        var rng = SeededRNG(seed: UInt64(m * 1_000_003 + n * 1009 + d))
        // Rows picked with replacement from a store three times larger, in random order.
        let storeRows = 3 * n
        let store = random(storeRows * d, &rng), w = random(m * d, &rng), g = random(m * n, &rng)
        let picks = (0..<n).map { _ in rng.int(below: storeRows) }
        var gathered = [Float]()
        for p in picks { gathered += store[(p * d)..<((p + 1) * d)] }

        // Forward into a wider C (row stride n + 3): the columns beyond n must stay untouched.
        let ldc = n + 3, sentinel = Float.nan
        var fRows = [Float](repeating: sentinel, count: m * ldc), fBLAS = fRows
        var gRows = [Float](repeating: sentinel, count: m * d), gBLAS = gRows
        store.withUnsafeBufferPointer { ps in
            let ptrs: [UnsafePointer<Float>?] = picks.map { ps.baseAddress! + $0 * d }
            ptrs.withUnsafeBufferPointer { pr in
                w.withUnsafeBufferPointer { pw in
                    fRows.withUnsafeMutableBufferPointer { gemm.forward(n: n, w: pw.baseAddress!, rows: pr.baseAddress!, c: $0.baseAddress!, ldc: ldc) }
                }
                g.withUnsafeBufferPointer { pg in
                    gRows.withUnsafeMutableBufferPointer { gemm.weightGradient(n: n, g: pg.baseAddress!, ldg: n, rows: pr.baseAddress!, c: $0.baseAddress!) }
                }
            }
        }
        gathered.withUnsafeBufferPointer { pa in
            w.withUnsafeBufferPointer { pw in
                fBLAS.withUnsafeMutableBufferPointer {
                    BLAS.sgemm(transA: false, transB: true, m: m, n: n, k: d, alpha: 1, a: pw.baseAddress!, lda: d,
                               b: pa.baseAddress!, ldb: d, beta: 0, c: $0.baseAddress!, ldc: ldc)
                }
            }
            g.withUnsafeBufferPointer { pg in
                gBLAS.withUnsafeMutableBufferPointer {
                    BLAS.sgemm(transA: false, transB: false, m: m, n: d, k: n, alpha: 1, a: pg.baseAddress!, lda: n,
                               b: pa.baseAddress!, ldb: d, beta: 0, c: $0.baseAddress!, ldc: d)
                }
            }
        }
        #expect(fRows.map(\.bitPattern) == fBLAS.map(\.bitPattern), "forward \(m)×\(n)×\(d)")
        #expect(gRows.map(\.bitPattern) == gBLAS.map(\.bitPattern), "weight gradient \(m)×\(n)×\(d)")
        for i in 0..<m { for j in n..<ldc { #expect(fRows[i * ldc + j].isNaN, "forward wrote outside its columns") } }
        // Not trivially equal: the products are not all zero.
        #expect(fRows.contains { !$0.isNaN && $0 != 0 } && gRows.contains { $0 != 0 })
    }
}
