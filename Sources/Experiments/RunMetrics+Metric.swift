import Learning

extension RunMetrics {
    /// The metrics a single run measures, in a fixed order (tables, aggregation, `train` output).
    public static let measured: [Metric] = [
        .alignedMinority, .alignedMajority, .specialistsMinority, .specialistsMajority,
        .maxCosMinority, .maxCosMajority, .coefMinority, .coefMajority, .positivePairCosine,
        .regressionMSEMinority, .regressionMSEMajority, .finalLoss,
        .empiricalRateMajority, .empiricalRateMinority, .empiricalNSR,
        .alignedMinorityMasked, .alignedMajorityMasked, .specialistsMinorityMasked, .specialistsMajorityMasked,
        .maxCosMinorityMasked, .maxCosMajorityMasked, .coefMinorityMasked, .coefMajorityMasked,
    ]

    /// The value of a measured metric; nil for metrics derived across the run (stage-3 reach).
    public subscript(_ metric: Metric) -> Double? {
        switch metric {
        case .alignedMinority: alignedMinority
        case .alignedMajority: alignedMajority
        case .specialistsMinority: specialistsMinority
        case .specialistsMajority: specialistsMajority
        case .maxCosMinority: maxCosMinority
        case .maxCosMajority: maxCosMajority
        case .coefMinority: coefMinority
        case .coefMajority: coefMajority
        case .positivePairCosine: positivePairCosine
        case .regressionMSEMinority: regressionMSEMinority
        case .regressionMSEMajority: regressionMSEMajority
        case .finalLoss: finalLoss
        case .empiricalRateMajority: empiricalRateMajority
        case .empiricalRateMinority: empiricalRateMinority
        case .empiricalNSR: empiricalNSR
        case .alignedMinorityMasked: masked.alignedMinority
        case .alignedMajorityMasked: masked.alignedMajority
        case .specialistsMinorityMasked: masked.specialistsMinority
        case .specialistsMajorityMasked: masked.specialistsMajority
        case .maxCosMinorityMasked: masked.maxCosMinority
        case .maxCosMajorityMasked: masked.maxCosMajority
        case .coefMinorityMasked: masked.coefMinority
        case .coefMajorityMasked: masked.coefMajority
        case .stage3Majority, .stage3Minority, .noiseGrowthMajority: nil
        }
    }
}
