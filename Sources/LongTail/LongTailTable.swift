import Datasets
import Learning

/// The long-tail experiment's table: per ρ, without and with pruning.
public struct LongTailTable: Codable, Sendable, Equatable {
    public var dataset: DatasetName
    public var pruning: String
    public var rows: [LongTailRow]
    /// Reference accuracies over seeds (see `LongTailBaselines`); absent in older results.
    public var rawPixelAccuracy: SeedSummary?
    public var untrainedEncoderAccuracy: SeedSummary?
    /// Class names by label (absent in older results).
    public var classNames: [String]?
    /// The premise "imbalance hurts the unpruned encoder's tail" (see `LongTailPremise`).
    public var premise: LongTailPremise?
    /// Whether the unpruned encoder's probe at ρ = 1 beats the raw-pixel probe on the same split
    /// (the first gate of the pruning claims: `encoderGate.holds`, see `LongTailEncoderGate`).
    public var encoderBeatsRawPixels: Bool?
    /// The gate's evidence (absent in older results).
    public var encoderGate: LongTailEncoderGate?
    /// The configuration of the ρ = 1 run without pruning (the protocol the page describes).
    public var protocolConfig: LongTailConfig?

    public init(dataset: DatasetName, pruning: String, rows: [LongTailRow], rawPixelAccuracy: SeedSummary? = nil,
                untrainedEncoderAccuracy: SeedSummary? = nil, classNames: [String]? = nil, premise: LongTailPremise? = nil,
                encoderBeatsRawPixels: Bool? = nil, encoderGate: LongTailEncoderGate? = nil,
                protocolConfig: LongTailConfig? = nil) {
        self.dataset = dataset; self.pruning = pruning; self.rows = rows; self.rawPixelAccuracy = rawPixelAccuracy
        self.untrainedEncoderAccuracy = untrainedEncoderAccuracy; self.classNames = classNames; self.premise = premise
        self.encoderBeatsRawPixels = encoderBeatsRawPixels; self.encoderGate = encoderGate; self.protocolConfig = protocolConfig
    }
}
