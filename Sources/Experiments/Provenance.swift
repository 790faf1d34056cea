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
}
