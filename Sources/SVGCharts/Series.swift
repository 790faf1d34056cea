/// A named line in a ``LineChart``.
///
/// `key` decides the style (colour, dash, marker) through ``ChartStyle/style(forKey:)`` and
/// ``StyleTable``: the same key looks the same in every chart (unless it clashes in colour with
/// another key of the same figure, see ``StyleTable``). `label` is what the legend and the data table show.
public struct Series: Sendable, Equatable {
    /// Stable identifier that decides the style; not shown to the reader.
    public var key: String
    /// Human-readable name for the legend.
    public var label: String
    /// The points in drawing order.
    public var points: [DataPoint]

    /// A series with a style `key`, a legend `label` and its `points`.
    public init(key: String, label: String, points: [DataPoint]) {
        self.key = key
        self.label = label
        self.points = points
    }
}
