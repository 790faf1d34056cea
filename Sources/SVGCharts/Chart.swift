/// Any chart the renderer can draw.
public enum Chart: Sendable, Equatable {
    /// A line chart.
    case line(LineChart)
    /// A grouped bar chart.
    case bar(BarChart)
    /// A grid of line-chart panels.
    case multiples(SmallMultiples)

    /// The chart's identifier (prefix of every id in its SVG).
    public var id: String {
        switch self {
        case .line(let c): return c.id
        case .bar(let c): return c.id
        case .multiples(let c): return c.id
        }
    }

    /// The chart's title.
    public var title: String {
        switch self {
        case .line(let c): return c.title
        case .bar(let c): return c.title
        case .multiples(let c): return c.title
        }
    }
}
