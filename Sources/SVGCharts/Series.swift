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
    /// What the points' bands show; a confidence interval with a floor is never drawn below it.
    public var band: BandKind
    /// A style chosen by the figure (e.g. to pair a variant with its baseline), used instead of
    /// the key's; `nil` = from the key through ``StyleTable``.
    public var style: SeriesStyle?

    /// A series with a style `key`, a legend `label`, its `points`, the kind of its bands and an
    /// optional explicit style.
    public init(key: String, label: String, points: [DataPoint], band: BandKind = .standardDeviation, style: SeriesStyle? = nil) {
        self.key = key
        self.label = label
        self.points = points
        self.band = band
        self.style = style
    }
}
