/// A tick on an axis: its value, printed label, and whether it is a major tick (labelled and
/// with a grid line) or a minor one (a short mark only, used between log decades).
public struct Tick: Sendable, Equatable {
    /// Position in data units.
    public var value: Double
    /// Printed label; empty for unlabelled minor ticks.
    public var label: String
    /// Major ticks get a grid line; minor ticks only a short mark.
    public var isMajor: Bool

    /// A tick at `value` printed as `label`.
    public init(value: Double, label: String, isMajor: Bool = true) {
        self.value = value
        self.label = label
        self.isMajor = isMajor
    }
}
