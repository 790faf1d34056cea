/// A grouped bar chart: for each category one bar per ``BarGroup``, with optional error whiskers.
public struct BarChart: Sendable, Equatable {
    /// Identifier used as prefix of every id in the SVG.
    public var id: String
    /// Title shown above the plot and used as the SVG `<title>`.
    public var title: String
    /// What the chart shows; starts the SVG `<desc>`.
    public var description: String
    /// Category names along the x axis.
    public var categories: [String]
    /// The bar groups (one bar per group in each category).
    public var groups: [BarGroup]
    /// Value axis.
    public var yAxis: Axis
    /// Meaning of the whiskers, e.g. "error bars: ±1 std over 5 seeds".
    public var errorDescription: String?

    /// A grouped bar chart; see the properties for the meaning of each argument.
    public init(id: String, title: String, description: String, categories: [String], groups: [BarGroup],
                yAxis: Axis, errorDescription: String? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.categories = categories
        self.groups = groups
        self.yAxis = yAxis
        self.errorDescription = errorDescription
    }
}
