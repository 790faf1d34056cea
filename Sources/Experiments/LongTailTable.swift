import Learning

/// The long-tail experiment's table: per ρ, without and with pruning.
public struct LongTailTable: Codable, Sendable, Equatable {
    public var dataset: String
    public var pruning: String
    public var rows: [LongTailRow]
    /// Reference accuracies over seeds (see `LongTailBaselines`); absent in older results.
    public var rawPixelAccuracy: SeedSummary?
    public var untrainedEncoderAccuracy: SeedSummary?
}
