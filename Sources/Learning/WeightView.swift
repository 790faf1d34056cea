/// Which weights a weight-based metric reads: the dense, learned W, or W ⊙ mask, the masked weights
/// the pruned forward pass uses (equal to W when no mask was ever active). The second dimension of
/// `RunMetrics`' weight metrics, beside `WeightMetric`.
public enum WeightView: String, CaseIterable, Codable, Sendable {
    case dense, masked
}
