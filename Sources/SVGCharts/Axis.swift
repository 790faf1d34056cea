/// One axis of a chart: its title (say the unit), scale and optional fixed bounds.
///
/// With `min`/`max` left `nil` the domain is taken from the data and widened to nice tick values.
public struct Axis: Sendable, Equatable {
    /// Axis title, including the unit, e.g. "training step" or "loss (nats)".
    public var title: String
    /// Linear or logarithmic.
    public var scale: AxisScale
    /// Fixed lower bound; `nil` = from the data.
    public var min: Double?
    /// Fixed upper bound; `nil` = from the data.
    public var max: Double?
    /// Explicit tick values (e.g. the tested grid); the domain widens to include them and no
    /// other ticks are drawn. `nil` = nice ticks from ``TickGenerator``.
    public var tickValues: [Double]?

    /// An axis titled `title` with the given scale, optional fixed bounds and explicit ticks.
    public init(title: String, scale: AxisScale = .linear, min: Double? = nil, max: Double? = nil, tickValues: [Double]? = nil) {
        self.title = title
        self.scale = scale
        self.min = min
        self.max = max
        self.tickValues = tickValues
    }
}
