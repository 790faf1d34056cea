import Learning

/// One point of a sweep: a configuration that is run for every seed, placed on a chart as (series, x).
public struct SweepPoint: Codable, Sendable, Equatable {
    public var series: SeriesKey
    public var x: Double
    public var config: EngineConfig
    public init(series: SeriesKey, x: Double, config: EngineConfig) {
        self.series = series; self.x = x; self.config = config
    }
}
