import Learning

/// Figure 5 — downstream ridge regression on minority / majority targets, on the `main` sweep. Its
/// numbers enter claims C4 (`Figure3`, noise) and C5 (`Figure4`, imbalance); it has no claim of its own.
public struct Figure5: PaperFigure {
    public init() {}
}
