import Learning

/// Where and how the numbers were made.
public struct Provenance: Codable, Sendable, Equatable {
    public var tool: String
    public var gitCommit: String
    public var swiftVersion: String
    public var blas: String
    public var profile: String
    public var runs: Int
    /// Sum of the recorded compute times of all runs (from the cache entries; stable across re-renders).
    public var computeSeconds: Double
    /// Hash over all run cache keys: equal ⇔ the same runs.
    public var cacheDigest: String
}
