import Learning

/// Aggregated metrics of one sweep.
public struct SweepResult: Codable, Sendable, Equatable {
    public var id: SweepID
    public var xName: String
    public var points: [AggregatedPoint]

    public init(id: SweepID, xName: String, points: [AggregatedPoint]) {
        self.id = id; self.xName = xName; self.points = points
    }

    public func series(_ key: SeriesKey) -> [AggregatedPoint] { points.filter { $0.series == key } }
    public var seriesKeys: [SeriesKey] {
        var seen: [SeriesKey] = []
        for p in points where !seen.contains(p.series) { seen.append(p.series) }
        return seen
    }
}
