import Foundation

/// What the cache holds for one run.
public struct CacheEntry<R: Codable>: Codable {
    public var schema: Int
    public var key: String
    public var result: R
    /// Seconds the run took when it was computed (provenance only; never part of a result).
    public var seconds: Double
    public init(key: String, result: R, seconds: Double) {
        schema = ResultCache.schemaVersion; self.key = key; self.result = result; self.seconds = seconds
    }
}

extension CacheEntry: Sendable where R: Sendable {}
