import Learning

/// One sweep point over seeds: each metric's mean ± std, and the per-seed values.
///
/// In `results.json` the metric dictionaries are objects keyed by `Metric.rawValue`; names this
/// version does not know (from another version's file) are left out when decoding.
public struct AggregatedPoint: Codable, Sendable, Equatable {
    public var series: SeriesKey
    public var x: Double
    public var seeds: Int
    public var divergedSeeds: Int
    public var metrics: [Metric: SeedSummary]
    public var perSeed: [Metric: [Double]]
    public var cacheKeys: [String]

    public init(series: SeriesKey, x: Double, seeds: Int, divergedSeeds: Int, metrics: [Metric: SeedSummary],
                perSeed: [Metric: [Double]], cacheKeys: [String]) {
        self.series = series; self.x = x; self.seeds = seeds; self.divergedSeeds = divergedSeeds
        self.metrics = metrics; self.perSeed = perSeed; self.cacheKeys = cacheKeys
    }

    /// The per-seed values of a metric (empty when the point does not carry it).
    public func values(_ metric: Metric) -> [Double] { perSeed[metric] ?? [] }
    /// The seed mean of a metric (NaN when every seed diverged).
    public func mean(_ metric: Metric) -> Double { metrics[metric]?.mean ?? .nan }

    enum CodingKeys: String, CodingKey { case series, x, seeds, divergedSeeds, metrics, perSeed, cacheKeys }

    public init(from decoder: Swift.Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func typed<V>(_ d: [String: V]) -> [Metric: V] {
            Dictionary(uniqueKeysWithValues: d.compactMap { k, v in Metric(rawValue: k).map { ($0, v) } })
        }
        series = try c.decode(SeriesKey.self, forKey: .series)
        x = try c.decode(Double.self, forKey: .x)
        seeds = try c.decode(Int.self, forKey: .seeds)
        divergedSeeds = try c.decode(Int.self, forKey: .divergedSeeds)
        metrics = typed(try c.decode([String: SeedSummary].self, forKey: .metrics))
        perSeed = typed(try c.decode([String: [Double]].self, forKey: .perSeed))
        cacheKeys = try c.decode([String].self, forKey: .cacheKeys)
    }

    public func encode(to encoder: Swift.Encoder) throws {
        func named<V>(_ d: [Metric: V]) -> [String: V] {
            Dictionary(uniqueKeysWithValues: d.map { ($0.key.rawValue, $0.value) })
        }
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(series, forKey: .series)
        try c.encode(x, forKey: .x)
        try c.encode(seeds, forKey: .seeds)
        try c.encode(divergedSeeds, forKey: .divergedSeeds)
        try c.encode(named(metrics), forKey: .metrics)
        try c.encode(named(perSeed), forKey: .perSeed)
        try c.encode(cacheKeys, forKey: .cacheKeys)
    }
}
