import Claims
import Learning

extension FigureID {
    /// Figure 5 — downstream ridge regression (no claim of its own).
    public static let fig5 = FigureID("fig5")
}

/// Figure 5 — downstream ridge regression on minority / majority targets, on the `main` sweep. Its
/// numbers enter claims C4 (`Figure3`, noise) and C5 (`Figure4`, imbalance); it has no claim of its own.
public struct Figure5: PaperFigure {
    public let figure = FigureID.fig5

    public init() {}
}
