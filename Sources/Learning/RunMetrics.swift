/// The scalar measurements of one run, majority and minority side by side: the eight weight-based
/// metrics on each `WeightView` (dense and masked weights), and the run's other measurements.
///
/// Encoded as it always was (cache entries and `results.json` read before and after are the same
/// bytes): the dense weight metrics at the top level beside the other fields, the masked ones
/// under `masked`.
public struct RunMetrics: Sendable, Equatable {
    /// The weight-based metrics on the dense (learned) weights W: aligned and specialist neuron
    /// counts (Fig 2), mean max-cosine (Fig 3) and the learned coefficient, per group.
    public var dense: WeightMetrics
    /// The same metrics on the masked weights W ⊙ mask the pruned forward pass uses; equal to
    /// `dense` when no mask was ever active.
    public var masked: WeightMetrics
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

    public init(dense: WeightMetrics, masked: WeightMetrics, positivePairCosine: Double,
                regressionMSEMinority: Double, regressionMSEMajority: Double, finalLoss: Double,
                empiricalRateMajority: Double, empiricalRateMinority: Double, empiricalNSR: Double) {
        self.dense = dense; self.masked = masked
        self.positivePairCosine = positivePairCosine
        self.regressionMSEMinority = regressionMSEMinority; self.regressionMSEMajority = regressionMSEMajority
        self.finalLoss = finalLoss
        self.empiricalRateMajority = empiricalRateMajority; self.empiricalRateMinority = empiricalRateMinority
        self.empiricalNSR = empiricalNSR
    }

    /// The weight-based metrics on `view`'s weights.
    public subscript(weights view: WeightView) -> WeightMetrics {
        switch view {
        case .dense: dense
        case .masked: masked
        }
    }
}

extension RunMetrics: Codable {
    /// The keys besides the dense weight metrics, which `WeightMetrics`' own keys encode.
    private enum CodingKeys: String, CodingKey {
        case masked, positivePairCosine, regressionMSEMinority, regressionMSEMajority, finalLoss
        case empiricalRateMajority, empiricalRateMinority, empiricalNSR
    }

    public init(from decoder: Swift.Decoder) throws {
        dense = try WeightMetrics(from: decoder)   // the top-level fields of the same object
        let c = try decoder.container(keyedBy: CodingKeys.self)
        masked = try c.decode(WeightMetrics.self, forKey: .masked)
        positivePairCosine = try c.decode(Double.self, forKey: .positivePairCosine)
        regressionMSEMinority = try c.decode(Double.self, forKey: .regressionMSEMinority)
        regressionMSEMajority = try c.decode(Double.self, forKey: .regressionMSEMajority)
        finalLoss = try c.decode(Double.self, forKey: .finalLoss)
        empiricalRateMajority = try c.decode(Double.self, forKey: .empiricalRateMajority)
        empiricalRateMinority = try c.decode(Double.self, forKey: .empiricalRateMinority)
        empiricalNSR = try c.decode(Double.self, forKey: .empiricalNSR)
    }

    public func encode(to encoder: Swift.Encoder) throws {
        try dense.encode(to: encoder)   // into the same object as the fields below
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(masked, forKey: .masked)
        try c.encode(positivePairCosine, forKey: .positivePairCosine)
        try c.encode(regressionMSEMinority, forKey: .regressionMSEMinority)
        try c.encode(regressionMSEMajority, forKey: .regressionMSEMajority)
        try c.encode(finalLoss, forKey: .finalLoss)
        try c.encode(empiricalRateMajority, forKey: .empiricalRateMajority)
        try c.encode(empiricalRateMinority, forKey: .empiricalRateMinority)
        try c.encode(empiricalNSR, forKey: .empiricalNSR)
    }
}
