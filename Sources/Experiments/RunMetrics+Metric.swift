import Learning

extension RunMetrics {
    /// The metrics a single run measures, in a fixed order (tables, aggregation, `train` output):
    /// the weight metrics on the dense weights, the other measurements, the weight metrics on the
    /// masked weights.
    public static let measured: [Metric] = Metric.weightMetrics(on: .dense) + [
        .positivePairCosine, .regressionMSEMinority, .regressionMSEMajority, .finalLoss,
        .empiricalRateMajority, .empiricalRateMinority, .empiricalNSR,
    ] + Metric.weightMetrics(on: .masked)

    /// The value of a measured metric; nil for metrics derived across the run (stage-3 reach, noise growth).
    public subscript(_ metric: Metric) -> Double? {
        if let (kind, view) = metric.weightMetric { return self[weights: view][kind] }
        switch metric {
        case .positivePairCosine: return positivePairCosine
        case .regressionMSEMinority: return regressionMSEMinority
        case .regressionMSEMajority: return regressionMSEMajority
        case .finalLoss: return finalLoss
        case .empiricalRateMajority: return empiricalRateMajority
        case .empiricalRateMinority: return empiricalRateMinority
        case .empiricalNSR: return empiricalNSR
        case .stage3Majority, .stage3Minority, .noiseGrowthMajority: return nil
        default: preconditionFailure("\(metric) is a weight metric, read above")
        }
    }
}
