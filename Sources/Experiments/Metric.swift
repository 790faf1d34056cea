import RunCache

/// A scalar measured per synthetic run and aggregated per sweep point (mean ± std over seeds).
/// Raw values are the names written to `results.json` and used in embed value names
/// (`<sweep>.<series>.<x>.<metric>`); a misspelt metric is a compile error, not a silent NaN.
public enum Metric: String, Codable, Sendable, CaseIterable {
    case alignedMinority, alignedMajority
    case specialistsMinority, specialistsMajority
    case maxCosMinority, maxCosMajority
    case coefMinority, coefMajority
    /// The eight weight-based metrics above measured on the masked weights W ⊙ mask of the pruned
    /// forward pass (the unsuffixed ones read the dense, learned weights; equal without pruning).
    case alignedMinorityMasked, alignedMajorityMasked
    case specialistsMinorityMasked, specialistsMajorityMasked
    case maxCosMinorityMasked, maxCosMajorityMasked
    case coefMinorityMasked, coefMajorityMasked
    case positivePairCosine
    case regressionMSEMinority, regressionMSEMajority
    case finalLoss
    case empiricalRateMajority, empiricalRateMinority, empiricalNSR
    /// Whether each seed's lucky majority / minority neuron reaches stage 3 (1/0; NaN when diverged).
    case stage3Majority, stage3Minority
    /// Noise-space norm of the lucky majority neuron at the end of training over its value at the
    /// first checkpoint, ‖(I − MMᵀ)w_i(T)‖ / ‖(I − MMᵀ)w_i(t_1)‖: below 1 when noise directions
    /// shrink (the paper's stage 1), above 1 when the model memorises training noise.
    case noiseGrowthMajority

    /// Parses a name at the edge (embed markers, files), naming the valid ones on failure.
    public init(parsing name: String) throws {
        guard let m = Metric(rawValue: name) else {
            throw ExperimentError("unknown metric '\(name)'; valid metrics: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = m
    }
}
