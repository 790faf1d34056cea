import Testing
@testable import LinearAlgebra

/// `RowGEMM` must give `BLAS.sgemm`'s bits on the gathered rows — its whole reason to exist — or refuse.
@Suite struct RowGEMMTests {
    /// (m, v, d), the forward pass over 2v rows: every edge of the packing — B slivers of 4, 2 and 1
    /// (m = 7, 13), A panels of 8, 4, 2 and 1 rows (v = 45: 45 = 5·8 + 4 + 1 and 90 = 11·8 + 2 rows;
    /// d = 701 and 1030 leave 189 = 23·8 + 4 + 1 and 190 = 23·8 + 4 + 2
    /// in their last block), K and M blocks of 320 with the halved last blocks (701 → 320, 192, 189;
    /// 2·350 → 320, 192, 188; 350 → 176, 174), the first M block's kernel calls in chunks of 12 columns
    /// (m = 100), a single row per view (v = 1).
    static let shapes = [(7, 45, 701), (100, 350, 1030), (13, 1, 3), (4, 8, 8)]

    /// Uniform on [−0.5, 0.5) with a random 24-bit significand, so that a different summation order shows.
    func random(_ count: Int, _ rng: inout SeededRNG) -> [Float] {
        (0..<count).map { _ in Float(rng.next() >> 40) * 0x1p-24 - 0.5 }
    }

    @Test(arguments: shapes)
    func sameBitsAsBLASOnTheGatheredRows(_ shape: (Int, Int, Int)) throws {
        let (m, v, d) = shape   // v rows per view; the forward pass runs over both views (2v rows)
        BLAS.setThreads(1)  // as every caller of the engine does; RowGEMM reproduces the one-thread driver
        let made = RowGEMM.make(neurons: m, ambientDim: d, rowCounts: [2 * v, v])
        guard BLAS.coreName.lowercased() == "haswell", RowGEMM.enabledByEnvironment else {
            // Other kernel families have other blockings: the check must refuse them.
            #expect(made == nil, "RowGEMM accepted core \(BLAS.coreName)")
            return
        }
        let gemm = try #require(made, "RowGEMM refused \(m)×\(v)×\(d) on core Haswell")
        var rng = SeededRNG(seed: UInt64(m * 1_000_003 + v * 1009 + d))
        // 2v rows picked with replacement from a store three times larger, in random order.
        let n = 2 * v, storeRows = 3 * n
        var store = random(storeRows * d, &rng)
        let w = random(m * d, &rng), g = random(m * v, &rng)
        let picks = (0..<n).map { _ in rng.int(below: storeRows) }
        var gathered = [Float]()
        for p in picks { gathered += store[(p * d)..<((p + 1) * d)] }

        func blasForward(_ r0: Int, _ count: Int, ldc: Int) -> [Float] {
            var out = [Float](repeating: .nan, count: m * ldc)
            gathered.withUnsafeBufferPointer { pa in w.withUnsafeBufferPointer { pw in out.withUnsafeMutableBufferPointer {
                BLAS.sgemm(transA: false, transB: true, m: m, n: count, k: d, alpha: 1, a: pw.baseAddress!, lda: d,
                           b: pa.baseAddress! + r0 * d, ldb: d, beta: 0, c: $0.baseAddress!, ldc: ldc)
            } } }
            return out
        }
        func blasGradient(_ r0: Int) -> [Float] {
            var out = [Float](repeating: 0, count: m * d)
            gathered.withUnsafeBufferPointer { pa in g.withUnsafeBufferPointer { pg in out.withUnsafeMutableBufferPointer {
                BLAS.sgemm(transA: false, transB: false, m: m, n: d, k: v, alpha: 1, a: pg.baseAddress!, lda: v,
                           b: pa.baseAddress! + r0 * d, ldb: d, beta: 0, c: $0.baseAddress!, ldc: d)
            } } }
            return out
        }
        func bits(_ x: [Float]) -> [UInt32] { x.map(\.bitPattern) }
        store.withUnsafeMutableBufferPointer { ps in
        let base = ps.baseAddress!
        let ptrs: [UnsafePointer<Float>?] = picks.map { UnsafePointer(base + $0 * d) }
        ptrs.withUnsafeBufferPointer { pr in
            let rows = pr.baseAddress!
            func forward(_ r0: Int, _ count: Int, ldc: Int) -> [Float] {
                var out = [Float](repeating: .nan, count: m * ldc)
                w.withUnsafeBufferPointer { pw in out.withUnsafeMutableBufferPointer {
                    gemm.forward(n: count, w: pw.baseAddress!, rows: rows + r0, c: $0.baseAddress!, ldc: ldc)
                } }
                return out
            }
            func gradient(_ r0: Int) -> [Float] {
                var out = [Float](repeating: .nan, count: m * d)
                g.withUnsafeBufferPointer { pg in out.withUnsafeMutableBufferPointer {
                    gemm.weightGradient(n: v, g: pg.baseAddress!, ldg: v, rows: rows + r0, c: $0.baseAddress!)
                } }
                return out
            }
            // Both views in one pass into a wider C (row stride n + 3: the columns beyond n stay NaN); the
            // weight gradient over each view; one view per pass, as under pruning with `competitor`.
            let both = forward(0, n, ldc: n + 3)
            #expect(bits(both) == bits(blasForward(0, n, ldc: n + 3)), "forward, both views, \(m)×\(v)×\(d)")
            let expected = blasGradient(0)
            #expect(bits(gradient(0)) == bits(expected), "weight gradient, anchor view")
            #expect(bits(gradient(v)) == bits(blasGradient(v)), "weight gradient, other view")
            #expect(bits(forward(0, v, ldc: v)) == bits(blasForward(0, v, ldc: v)), "forward, anchor view")
            #expect(bits(forward(v, v, ldc: v)) == bits(blasForward(v, v, ldc: v)), "forward, other view")
            // The rows are read where they lie: zero them in place and the product follows.
            for p in picks { for e in 0..<d { base[p * d + e] = 0 } }
            #expect(gradient(0).allSatisfy { $0 == 0 })
            // Not trivially equal: the products are not all zero.
            #expect(both.contains { !$0.isNaN && $0 != 0 } && expected.contains { $0 != 0 })
        }
        }
    }
}
