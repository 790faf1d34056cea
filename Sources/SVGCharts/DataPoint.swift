/// One plotted point: a mean `y` at `x`, optionally with a band from `lower` to `upper`
/// (for example mean ± 1 std over seeds). Non-finite values are allowed: they are skipped when
/// drawing (the line breaks there) and listed in the chart's `<desc>`.
public struct DataPoint: Sendable, Equatable, Codable {
    /// Position on the x axis.
    public var x: Double
    /// Position on the y axis (the mean line).
    public var y: Double
    /// Lower edge of the shaded band, if any.
    public var lower: Double?
    /// Upper edge of the shaded band, if any.
    public var upper: Double?

    /// A point at (`x`, `y`) with an optional band `lower`…`upper`.
    public init(x: Double, y: Double, lower: Double? = nil, upper: Double? = nil) {
        self.x = x
        self.y = y
        self.lower = lower
        self.upper = upper
    }
}
