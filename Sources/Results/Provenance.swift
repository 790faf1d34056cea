import Learning

/// Where and how the numbers were made.
public struct Provenance: Codable, Sendable, Equatable {
    public var tool: String
    public var gitCommit: String
    public var swiftVersion: String
    public var blas: String
    public var profile: String
    public var runs: Int
    // No compute time: it depends on where and how the runs were computed (machine, shards,
    // workers), and the report's bytes must not (issue 16). `clreport plan` estimates it.
    /// Hash over all run cache keys: equal ⇔ the same runs.
    public var cacheDigest: String
    /// Committer date of `gitCommit` (YYYY-MM-DD): the page's date, fixed by the code, not by when
    /// it was rendered.
    public var commitDate: String? = nil
    /// The runs' modelled cost in CPU-hours (the `clreport plan` model: GEMM FLOPs ÷ the rate of
    /// its calibration file), not a measured time, so it does not depend on where the runs ran.
    public var modelledCPUHours: Double? = nil
    /// The calibration the model used (e.g. "Benchmarks/baseline.json").
    public var costCalibration: String? = nil
}
