import Learning

/// One point of a sweep: a configuration that is run for every seed, placed on a chart as (series, x).
public struct SweepPoint: Codable, Sendable, Equatable {
    public var series: String
    public var x: Double
    public var config: EngineConfig
    public init(series: String, x: Double, config: EngineConfig) {
        self.series = series; self.x = x; self.config = config
    }
}

/// A family of runs behind one or more figures (e.g. ε_min × NSR for Figs 2–5).
public struct Sweep: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// What x means, with unit, e.g. "ε_min (minority frequency / majority)".
    public var xName: String
    public var seeds: Int
    public var points: [SweepPoint]

    /// Every (point, seed) pair of the sweep, seeds 1…n.
    public var runs: [RunSpec] {
        points.flatMap { p in (1...seeds).map { RunSpec(config: p.config, seed: UInt64($0)) } }
    }
}

/// One seeded run: the unit of caching.
public struct RunSpec: Codable, Sendable, Equatable, Hashable {
    public var config: EngineConfig
    public var seed: UInt64
    public init(config: EngineConfig, seed: UInt64) { self.config = config; self.seed = seed }

    public static func == (a: RunSpec, b: RunSpec) -> Bool { a.seed == b.seed && a.config == b.config }
    public func hash(into h: inout Hasher) { h.combine(seed); h.combine(config.steps) }
}
