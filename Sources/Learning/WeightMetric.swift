/// One of the eight weight-based metrics of a weight matrix (SPEC §6), named as `WeightMetrics`'
/// fields; with a `WeightView` (dense or masked weights) it names one measured value of a run.
public enum WeightMetric: String, CaseIterable, Codable, Sendable {
    case alignedMinority, alignedMajority
    case specialistsMinority, specialistsMajority
    case maxCosMinority, maxCosMajority
    case coefMinority, coefMajority

    /// Whether the metric counts neurons (aligned, specialists) rather than averaging a cosine or a
    /// coefficient over features.
    public var countsNeurons: Bool {
        switch self {
        case .alignedMinority, .alignedMajority, .specialistsMinority, .specialistsMajority: true
        case .maxCosMinority, .maxCosMajority, .coefMinority, .coefMajority: false
        }
    }
}
