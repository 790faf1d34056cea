/// Everything one seeded synthetic run measures (SPEC §6). Deterministic given (config, seed):
/// no wall times in here, so cached results re-render to the same bytes.
public struct RunResult: Codable, Sendable, Equatable {
    public var seed: UInt64
    /// True when the loss became NaN/∞; metrics are then NaN and `divergedAtStep` says when.
    public var diverged: Bool
    public var divergedAtStep: Int?
    public var metrics: RunMetrics
    public var trajectory: Trajectory
}

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

    /// The metrics by name, in a fixed order (for tables, aggregation and diffs).
    public var named: [(String, Double)] {
        [("alignedMinority", alignedMinority), ("alignedMajority", alignedMajority),
         ("specialistsMinority", specialistsMinority), ("specialistsMajority", specialistsMajority),
         ("maxCosMinority", maxCosMinority), ("maxCosMajority", maxCosMajority),
         ("coefMinority", coefMinority), ("coefMajority", coefMajority),
         ("positivePairCosine", positivePairCosine),
         ("regressionMSEMinority", regressionMSEMinority), ("regressionMSEMajority", regressionMSEMajority),
         ("finalLoss", finalLoss),
         ("empiricalRateMajority", empiricalRateMajority), ("empiricalRateMinority", empiricalRateMinority),
         ("empiricalNSR", empiricalNSR)]
    }
}

/// Training curves sampled at checkpoints (Fig 1).
public struct Trajectory: Codable, Sendable, Equatable {
    /// Checkpoint steps, 0 … T.
    public var steps: [Int]
    /// Mean batch loss since the previous checkpoint (at step 0: the first batch's loss).
    public var loss: [Double]
    /// Schedule boundaries T1 (bias on) and T2 (bias frozen), and the pruning start (nil when off).
    public var biasStartStep: Int
    public var biasFreezeStep: Int
    public var pruneStartStep: Int?
    public var majorityNeuron: NeuronTrace?
    public var minorityNeuron: NeuronTrace?
}
