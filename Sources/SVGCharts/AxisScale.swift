/// How values map to positions along an axis.
public enum AxisScale: Sendable, Equatable {
    /// Equal distances for equal differences; ticks at 1-2-5 × 10^k steps.
    case linear
    /// Equal distances for equal ratios; ticks at decades (plus 2 and 5 when few decades).
    /// Non-positive values cannot be drawn and are skipped (and listed in `<desc>`).
    case log10
}
