import Learning

/// One seeded run: the unit of caching.
public struct RunSpec: Codable, Sendable, Equatable, Hashable {
    public var config: EngineConfig
    public var seed: UInt64
    public init(config: EngineConfig, seed: UInt64) { self.config = config; self.seed = seed }

    public static func == (a: RunSpec, b: RunSpec) -> Bool { a.seed == b.seed && a.config == b.config }
    public func hash(into h: inout Hasher) { h.combine(seed); h.combine(config.steps) }
}
