import Testing
@testable import Learning
import LinearAlgebra

/// Speed work must not move a bit (issue 11): a short default-size run, with a fresh batch per step
/// and with the fixed training set, gives exactly the numbers recorded with the engine before the
/// fused fresh-batch path, the prefetching gather and the 16-lane normals (commit 56b8dea,
/// `clreport train --preset default --seeds 1 --jobs 1 --set steps=60 --set freshSamples=true|false`).
/// The GEMMs' last bits depend on the BLAS kernel, so the recorded values hold for the OpenBLAS core
/// they were recorded with (Haswell); other builds skip this test.
@Suite struct RecordedRunTests {
    static let recordedCore = "Haswell"

    @Test(.enabled(if: BLAS.coreName == RecordedRunTests.recordedCore, "values recorded with OpenBLAS core Haswell"),
          arguments: [(true, 3.5366491740624633, 0.165530311409384, 0.028605227125808597),
                      (false, 3.3949054943378916, 0.16884680557996035, 0.029246352962218225)])
    func shortDefaultRunMatchesTheRecordedBits(fresh: Bool, finalLoss: Double, coefMajority: Double, coefMinority: Double) {
        BLAS.setThreads(1)
        var config = Preset.default.config
        config.steps = 60
        config.freshSamples = fresh
        let r = ContrastiveRun.run(config: config, seed: 1)
        #expect(r.metrics.finalLoss == finalLoss)
        #expect(r.metrics.dense.coefMajority == coefMajority)
        #expect(r.metrics.dense.coefMinority == coefMinority)
    }
}
