/// A labelled x-range drawn as a light background stripe behind the data (e.g. a training stage).
public struct ShadedRange: Sendable, Equatable {
    /// Start of the range on the x axis.
    public var from: Double
    /// End of the range on the x axis.
    public var to: Double
    /// Label printed above the plot area, centred on the range.
    public var label: String

    /// A stripe from `from` to `to` labelled `label`.
    public init(from: Double, to: Double, label: String) {
        self.from = from
        self.to = to
        self.label = label
    }
}
