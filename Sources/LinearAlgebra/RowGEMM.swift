import CKernels
import Foundation

/// The two GEMMs of a training step whose big operand is a list of rows lying scattered in memory —
/// the rows of a fixed training set that one batch picks — computed without first gathering the rows
/// into a batch buffer.
///
/// With R the n × d matrix whose row t is `rows[t]`:
///
///     forward:          C (m × n) = W (m × d) · Rᵀ
///     weight gradient:  C (m × d) = G (m × n) · R
///
/// OpenBLAS computes a GEMM by copying blocks of both operands into panels ("packing") and running
/// its micro-kernel on them. Here the rows are packed into those panels straight from where they lie
/// (`CKernels/rowgemm.c`), and OpenBLAS's own SGEMM micro-kernel does all the arithmetic with the
/// blocking of its level-3 driver — so the bits are those of `BLAS.sgemm` on the gathered rows, and
/// the gather (one read and one write of the whole batch) is gone. That identity depends on the
/// OpenBLAS build (0.3.21, Haswell kernels), so it is not assumed: each shape is checked once per
/// process against `BLAS.sgemm` on pseudo-random data, and `make(…)` returns nil when the check fails,
/// the kernel is not there, OpenBLAS runs more than one thread (its threads split the blocks
/// differently), or `CLREPORT_ROWGEMM=off` is set — the caller then gathers as before.
public final class RowGEMM {
    private let workspace: OpaquePointer
    public let neurons: Int
    public let ambientDim: Int

    /// A RowGEMM for m = `neurons`, d = `ambientDim` and each row count in `rowCounts` (forward and
    /// weight-gradient shapes), or nil where the bit-identity cannot be had (see the type's comment).
    public static func make(neurons m: Int, ambientDim d: Int, rowCounts: [Int]) -> RowGEMM? {
        try? attempt(neurons: m, ambientDim: d, rowCounts: rowCounts).get()
    }

    /// Why `make` returned nil: the caller then gathers the rows and calls `BLAS.sgemm` (same bits).
    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// `make`, saying why when it refuses (checked in this order; see the type's comment).
    public static func attempt(neurons m: Int, ambientDim d: Int, rowCounts: [Int]) -> Result<RowGEMM, Refusal> {
        func refuse(_ why: String) -> Result<RowGEMM, Refusal> { .failure(Refusal(why)) }
        guard enabledByEnvironment else { return refuse("CLREPORT_ROWGEMM=off") }
        guard BLAS.coreName.lowercased() == "haswell" else {
            return refuse("OpenBLAS runs its \(BLAS.coreName) kernels; RowGEMM needs the Haswell ones")
        }
        guard BLAS.threads == 1 else { return refuse("OpenBLAS runs \(BLAS.threads) threads; RowGEMM needs 1") }
        guard m >= 1, d >= 1 else { return refuse("an empty shape (m = \(m), d = \(d))") }
        guard let ws = ck_rowgemm_workspace(m) else {
            return refuse("no workspace: the CPU lacks AVX2/FMA, OpenBLAS does not export sgemm_kernel_HASWELL, m = \(m) > 4096, or no memory")
        }
        let gemm = RowGEMM(workspace: ws, neurons: m, ambientDim: d)
        for n in rowCounts where !gemm.matchesBLAS(rows: n) {
            return refuse("its products differ from cblas_sgemm for m = \(m), d = \(d), \(n) rows (another OpenBLAS version or blocking)")
        }
        return .success(gemm)
    }

    /// False when `CLREPORT_ROWGEMM` is `off` or `0` (to time the gather path against this one).
    public static var enabledByEnvironment: Bool {
        let v = ProcessInfo.processInfo.environment["CLREPORT_ROWGEMM"]?.lowercased()
        return v != "off" && v != "0"
    }

    private init(workspace: OpaquePointer, neurons: Int, ambientDim: Int) {
        self.workspace = workspace
        self.neurons = neurons
        self.ambientDim = ambientDim
    }

    deinit { ck_rowgemm_workspace_free(workspace) }

    /// C (m × n, row stride `ldc`) = W (m × d) · Rᵀ, i.e. `BLAS.sgemm(transA: false, transB: true, m, n, d,
    /// 1, W, d, R, d, 0, C, ldc)` with R's row t at `rows[t]`.
    public func forward(n: Int, w: UnsafePointer<Float>, rows: UnsafePointer<UnsafePointer<Float>?>,
                        c: UnsafeMutablePointer<Float>, ldc: Int) {
        let status = ck_rowgemm_forward(neurons, n, ambientDim, w, rows, c, ldc, workspace)
        precondition(status == 0, "RowGEMM.forward: m exceeds the workspace")
    }

    /// C (m × d) = G (m × n, row stride `ldg`) · R, i.e. `BLAS.sgemm(transA: false, transB: false, m, d, n,
    /// 1, G, ldg, R, d, 0, C, d)` with R's row t at `rows[t]`.
    public func weightGradient(n: Int, g: UnsafePointer<Float>, ldg: Int, rows: UnsafePointer<UnsafePointer<Float>?>,
                               c: UnsafeMutablePointer<Float>) {
        let status = ck_rowgemm_weight_gradient(neurons, n, ambientDim, g, ldg, rows, c, workspace)
        precondition(status == 0, "RowGEMM.weightGradient: m exceeds the workspace")
    }

    // MARK: the per-shape check

    private struct Shape: Hashable { let m, n, d: Int }
    nonisolated(unsafe) private static var checked: [Shape: Bool] = [:]
    private static let lock = NSLock()

    /// Whether both GEMMs give `BLAS.sgemm`'s bits for n rows (once per shape and process).
    func matchesBLAS(rows n: Int) -> Bool {
        let shape = Shape(m: neurons, n: n, d: ambientDim)
        if let known = Self.lock.withLock({ Self.checked[shape] }) { return known }
        let ok = compareWithBLAS(rows: n)
        Self.lock.withLock { Self.checked[shape] = ok }
        return ok
    }

    /// Runs both GEMMs and `BLAS.sgemm` on pseudo-random data of this shape (rows listed in a scrambled
    /// order, as a batch picks them) and compares every bit.
    private func compareWithBLAS(rows n: Int) -> Bool {
        let m = neurons, d = ambientDim
        var rng = SeededRNG(seed: 0x5EED_0F_B175)
        // Uniform on [−0.5, 0.5) with all 24 bits of the significand random (cheap: no transcendental).
        func randomMatrix(_ rows: Int, _ cols: Int) -> [Float] {
            (0..<(rows * cols)).map { _ in Float(rng.next() >> 40) * 0x1p-24 - 0.5 }
        }
        let store = randomMatrix(n, d), w = randomMatrix(m, d), g = randomMatrix(m, n)
        // Row t of R is stored at slot perm[t]; `gathered` is R in order, for BLAS.
        var perm = Array(0..<n)
        rng.shuffle(&perm)
        var gathered = [Float](repeating: 0, count: n * d)
        for t in 0..<n { for e in 0..<d { gathered[t * d + e] = store[perm[t] * d + e] } }
        var fRow = [Float](repeating: 0, count: m * n), fBLAS = fRow
        var gRow = [Float](repeating: 0, count: m * d), gBLAS = gRow
        store.withUnsafeBufferPointer { ps in
            let ptrs: [UnsafePointer<Float>?] = (0..<n).map { ps.baseAddress! + perm[$0] * d }
            ptrs.withUnsafeBufferPointer { pr in
                w.withUnsafeBufferPointer { pw in
                    fRow.withUnsafeMutableBufferPointer { forward(n: n, w: pw.baseAddress!, rows: pr.baseAddress!, c: $0.baseAddress!, ldc: n) }
                }
                g.withUnsafeBufferPointer { pg in
                    gRow.withUnsafeMutableBufferPointer {
                        weightGradient(n: n, g: pg.baseAddress!, ldg: n, rows: pr.baseAddress!, c: $0.baseAddress!)
                    }
                }
            }
        }
        gathered.withUnsafeBufferPointer { pa in
            w.withUnsafeBufferPointer { pw in
                fBLAS.withUnsafeMutableBufferPointer {
                    BLAS.sgemm(transA: false, transB: true, m: m, n: n, k: d, alpha: 1, a: pw.baseAddress!, lda: d,
                               b: pa.baseAddress!, ldb: d, beta: 0, c: $0.baseAddress!, ldc: n)
                }
            }
            g.withUnsafeBufferPointer { pg in
                gBLAS.withUnsafeMutableBufferPointer {
                    BLAS.sgemm(transA: false, transB: false, m: m, n: d, k: n, alpha: 1, a: pg.baseAddress!, lda: n,
                               b: pa.baseAddress!, ldb: d, beta: 0, c: $0.baseAddress!, ldc: d)
                }
            }
        }
        return fRow.map(\.bitPattern) == fBLAS.map(\.bitPattern) && gRow.map(\.bitPattern) == gBLAS.map(\.bitPattern)
    }
}
