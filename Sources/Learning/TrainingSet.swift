import LinearAlgebra

/// The attention outputs of a fixed set of N positive pairs (the empirical loss of SPEC §4):
/// `anchors` and `positives` are (N·L) × d1, rows n·L ..< (n+1)·L belong to pair n.
/// Attention is frozen, so it is computed here once per sample and never again.
public struct TrainingSet: Sendable {
    public let anchors: Matrix
    public let positives: Matrix
    public let tokens: Int
    public var count: Int { anchors.rows / tokens }

    public init(anchors: Matrix, positives: Matrix, tokens: Int) {
        precondition(anchors.rows == positives.rows && anchors.cols == positives.cols, "TrainingSet: view shapes differ")
        precondition(anchors.rows % tokens == 0, "TrainingSet: rows not a multiple of L")
        self.anchors = anchors
        self.positives = positives
        self.tokens = tokens
    }

    /// Draws `count` synthetic pairs and applies the frozen attention to both views.
    public static func synthetic(model: SyntheticDataModel, attention: FrozenAttention, count: Int,
                                 rng: inout SeededRNG) -> TrainingSet {
        let (_, x, y) = model.samplePairs(count: count, rng: &rng)
        return TrainingSet(anchors: attention.apply(x), positives: attention.apply(y), tokens: model.config.tokens)
    }
}
