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
    /// The seeds behind `y` when fewer than planned were finite; nil otherwise (and then absent
    /// from the encoded point, so all-finite data encodes as before).
    public var seeds: SeedCount?

    /// A point at (`x`, `y`) with an optional band `lower`…`upper` and partial seed count.
    public init(x: Double, y: Double, lower: Double? = nil, upper: Double? = nil, seeds: SeedCount? = nil) {
        self.x = x
        self.y = y
        self.lower = lower
        self.upper = upper
        self.seeds = seeds
    }
}
