/// The scalar measurements of one run, majority and minority side by side.
public struct RunMetrics: Codable, Sendable, Equatable {
    /// Neurons with cos ≥ threshold to some minority / majority feature (Fig 2).
    public var alignedMinority: Double
    public var alignedMajority: Double
    /// Specialist neurons: best-aligned feature in the group with cos ≥ threshold.
    public var specialistsMinority: Double
    public var specialistsMajority: Double
    /// Mean over features of the group of max_i cos_ij (Fig 3).
    public var maxCosMinority: Double
    public var maxCosMajority: Double
    /// Mean over features of the group of max_i |⟨w_i, M_j⟩| (the learned coefficient).
    public var coefMinority: Double
    public var coefMajority: Double
    /// Mean cos(f(X), f(Y)) over fresh positive pairs (Fig 4).
    public var positivePairCosine: Double
    /// Ridge-probe test MSE / Var(y) for y = ⟨β, ẑ⟩, β Gaussian on minority (resp. majority) features (Fig 5).
    public var regressionMSEMinority: Double
    public var regressionMSEMajority: Double
    /// Mean InfoNCE loss over the last 10% of training.
    public var finalLoss: Double
    /// Empirical activation rates of majority / minority features in the training latents, and the
    /// empirical NSR Σ‖ξ‖²/Σ‖Mz‖² of the training tokens (checks of the data model).
    public var empiricalRateMajority: Double
    public var empiricalRateMinority: Double
    public var empiricalNSR: Double
    /// The eight weight-based metrics above (aligned, specialists, max-cosine, coefficient) measured
    /// on the masked weights W ⊙ mask the pruned forward pass uses; the fields above are measured on
    /// the dense (learned) weights W. Equal to the dense values when no mask was ever active.
    public var masked: WeightMetrics
}
