/// One group of bars in a ``BarChart``: a value (and optional error) per category.
///
/// `key` decides the colour as for ``Series``; `values[i]` belongs to `categories[i]`.
public struct BarGroup: Sendable, Equatable {
    /// Stable identifier that decides the style.
    public var key: String
    /// Human-readable name for the legend.
    public var label: String
    /// One value per category (missing trailing values are not drawn).
    public var values: [Double]
    /// Half-length of the error whisker per category (e.g. 1 std); `nil` = no whiskers.
    public var errors: [Double]?
    /// Per category, the seeds behind the value when fewer than planned were finite (nil entries,
    /// or nil for the whole group, when every seed counted).
    public var seeds: [SeedCount?]?

    /// A bar group; see the properties for the meaning of each argument.
    public init(key: String, label: String, values: [Double], errors: [Double]? = nil, seeds: [SeedCount?]? = nil) {
        self.key = key
        self.label = label
        self.values = values
        self.errors = errors
        self.seeds = seeds.flatMap { $0.contains { $0 != nil } ? $0 : nil }
    }

    /// The partial seed count of category `i`, if any.
    public func seedCount(_ i: Int) -> SeedCount? {
        seeds.flatMap { i < $0.count ? $0[i] : nil }
    }
}
