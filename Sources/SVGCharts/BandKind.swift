/// What a series' shaded band (``DataPoint/lower`` … ``DataPoint/upper``) shows, so the renderer
/// knows whether the band may leave the range the quantity can take.
public enum BandKind: Sendable, Equatable {
    /// Mean ± 1 sample standard deviation over seeds (a spread, drawn as given).
    case standardDeviation
    /// The 95 % confidence interval of the mean (t interval over seeds), drawn no lower than
    /// `floor` when one is given (0 for counts, which cannot be negative).
    case confidenceInterval95(floor: Double?)

    /// The lowest value the band may be drawn at (`-∞` when unbounded).
    public var floor: Double {
        if case .confidenceInterval95(let f?) = self { return f }
        return -.infinity
    }
}
