import Learning

/// The long-tail experiment's table: per ρ, without and with pruning.
public struct LongTailTable: Codable, Sendable, Equatable {
    public var dataset: String
    public var pruning: String
    public var rows: [LongTailRow]
    /// Reference accuracies over seeds (see `LongTailBaselines`); absent in older results.
    public var rawPixelAccuracy: SeedSummary?
    public var untrainedEncoderAccuracy: SeedSummary?
    /// Class names by label (absent in older results).
    public var classNames: [String]?
    /// The premise "imbalance hurts the unpruned encoder's tail" (see `LongTailPremise`).
    public var premise: LongTailPremise?
    /// Whether the unpruned encoder's mean probe accuracy at ρ = 1 exceeds the raw-pixel probe's
    /// on the same split (the gate for the pruning claims, see `LongTailOutcome`).
    public var encoderBeatsRawPixels: Bool?
    /// The configuration of the ρ = 1 run without pruning (the protocol the page describes).
    public var protocolConfig: LongTailConfig?
}
