/// A labelled horizontal line at a fixed y (e.g. "no pruning (α = 0)" or a zero-effect level).
public struct ReferenceLevel: Sendable, Equatable {
    /// Position on the y axis; the axis always includes it.
    public var y: Double
    /// Label printed just above the line at the right end of the plot.
    public var label: String

    /// A horizontal line at `y` labelled `label`.
    public init(y: Double, label: String) {
        self.y = y
        self.label = label
    }
}
