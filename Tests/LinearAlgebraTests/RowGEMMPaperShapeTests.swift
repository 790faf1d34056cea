import Foundation
import Learning
import Testing
@testable import LinearAlgebra

/// On a machine where OpenBLAS runs its Haswell kernels — the kernels `RowGEMM` is built on — the
/// paper-size step must use `RowGEMM`: a fallback to gather + `cblas_sgemm` keeps every result but
/// costs the paper step its speed, silently (issue 23). Elsewhere `RowGEMM` is meant to refuse, and
/// this test skips, saying why.
@Suite struct RowGEMMPaperShapeTests {
    /// The kernel family OpenBLAS chose when it loaded (OPENBLAS_CORETYPE, else its CPU detection).
    static let core = BLAS.coreName

    static var runsHaswellKernels: Bool { core.lowercased() == "haswell" }

    /// Why the test does not apply here, or nil when it does.
    static var skipReason: String? {
        if !runsHaswellKernels {
            return "OpenBLAS runs its \(core) kernels here, not Haswell; RowGEMM uses sgemm_kernel_HASWELL and its blocking, so it refuses other kernel families by design (OPENBLAS_CORETYPE=Haswell runs this test on an AVX2 CPU)"
        }
        if !RowGEMM.enabledByEnvironment { return "CLREPORT_ROWGEMM=off turns RowGEMM off in this environment" }
        return nil
    }

    @Test(.enabled(if: RowGEMMPaperShapeTests.skipReason == nil,
                   Comment(rawValue: RowGEMMPaperShapeTests.skipReason ?? "")))
    func paperShapeDoesNotFallBackOnHaswellKernels() {
        // The trainer's shapes (`ContrastiveTrainer.rowGEMM`): m neurons, d1 ambient dimensions, and
        // the forward pass over both views (2·B·L rows) and one view (B·L rows).
        let c = Preset.paper.config
        #expect(c.ambientDim >= 1024, "the paper preset no longer uses the transposed layout that RowGEMM serves")
        let rows = c.batchSize * c.tokens
        BLAS.setThreads(1)   // as every caller of the engine does
        let made = RowGEMM.attempt(neurons: c.neurons, ambientDim: c.ambientDim, rowCounts: [2 * rows, rows])
        if case .failure(let refusal) = made {
            Issue.record("""
                RowGEMM fell back for the paper shape (m = \(c.neurons), d1 = \(c.ambientDim), \(2 * rows) and \(rows) rows) \
                on OpenBLAS core \(Self.core) (\(BLAS.configString)): \(refusal) (see Sources/README.md, "The C basement")
                """)
        }
        // `make` is `attempt` without the reason: the trainer's path agrees.
        let viaMake = RowGEMM.make(neurons: c.neurons, ambientDim: c.ambientDim, rowCounts: [2 * rows, rows]) != nil
        #expect(viaMake == ((try? made.get()) != nil))
    }
}
