/// A labelled vertical line at a fixed x (e.g. "bias schedule starts").
public struct ReferenceLine: Sendable, Equatable {
    /// Position on the x axis.
    public var x: Double
    /// Label printed above the plot area next to the line.
    public var label: String

    /// A vertical line at `x` labelled `label`.
    public init(x: Double, label: String) {
        self.x = x
        self.label = label
    }
}
