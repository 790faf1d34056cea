import Datasets

/// Everything that defines one SimCLR/SDCLR training run of the conv encoder.
public struct ConvTrainingConfig: Sendable, Codable, Equatable {
    public var encoder: ConvEncoderConfig
    /// Passes over the training images; each pass draws fresh views (0 = untrained encoder).
    public var epochs: Int
    /// N images per step (2N views).
    public var batchSize: Int
    /// τ of NT-Xent.
    public var temperature: Double
    public var optimizer: OptimizerConfig
    public var augmentation: AugmentationConfig
    /// Fraction ρ of conv weights the self-competitor prunes; nil = no pruning (plain SimCLR:
    /// both views through the dense model).
    public var pruneRatio: Double?
    public var pruningReading: PruningReading

    public init(encoder: ConvEncoderConfig, epochs: Int, batchSize: Int, temperature: Double, optimizer: OptimizerConfig,
                augmentation: AugmentationConfig, pruneRatio: Double? = nil, pruningReading: PruningReading = .selfCompetitor) {
        self.encoder = encoder
        self.epochs = epochs
        self.batchSize = batchSize
        self.temperature = temperature
        self.optimizer = optimizer
        self.augmentation = augmentation
        self.pruneRatio = pruneRatio
        self.pruningReading = pruningReading
    }

    /// The default long-tail encoder (Benchmarks/longtail.md, "Conv encoder (issue 26)", variant c8):
    /// conv 3×3 blocks of 16, 32, 64 channels with batch norm, 2×2 average pools, head 64→64→32,
    /// the probe on the last 7×7 map; 3 epochs of N = 128, τ = 0.2, AdamW η₀ = 2e-3 (cosine),
    /// λ = 1e-4, SimCLR-style views.
    public static let standard = ConvTrainingConfig(
        encoder: ConvEncoderConfig(channels: [16, 32, 64], kernel: 3, batchNorm: true, pool: .average, headHidden: 64, projection: 32,
                                   probeGrid: 7),
        epochs: 3, batchSize: 128, temperature: 0.2,
        optimizer: OptimizerConfig(kind: .adam, learningRate: 2e-3, weightDecay: 1e-4),
        augmentation: .simclr)

    /// Throws a `ConvNetError` naming the first bad field.
    public func validate() throws {
        if encoder.channels.isEmpty || encoder.channels.contains(where: { $0 < 1 || $0 > 4096 }) {
            throw ConvNetError("channels \(encoder.channels): need at least one block, each 1…4096 channels")
        }
        if encoder.kernel < 1 || encoder.kernel % 2 == 0 || encoder.kernel > 11 { throw ConvNetError("kernel \(encoder.kernel): must be odd, 1…11") }
        if encoder.projection < 1 || encoder.headHidden < 0 { throw ConvNetError("head \(encoder.headHidden)→\(encoder.projection): projection ≥ 1, hidden ≥ 0") }
        if epochs < 0 { throw ConvNetError("epochs \(epochs): must be ≥ 0 (0 = the untrained encoder)") }
        if encoder.probeGrid < 1 || encoder.probeGrid > 8 { throw ConvNetError("probeGrid \(encoder.probeGrid): must be 1…8") }
        if batchSize < 2 { throw ConvNetError("batchSize \(batchSize): must be ≥ 2 (NT-Xent needs negatives)") }
        if !(temperature > 0) { throw ConvNetError("temperature \(temperature): must be > 0") }
        if !(optimizer.learningRate > 0) || !(optimizer.weightDecay >= 0) || !(optimizer.momentum >= 0 && optimizer.momentum < 1) {
            throw ConvNetError("optimizer \(optimizer): learning rate > 0, weight decay ≥ 0, momentum in [0, 1)")
        }
        if let r = pruneRatio, !(r >= 0 && r < 1) { throw ConvNetError("pruneRatio \(r): must be in [0, 1)") }
        do { try augmentation.validate() } catch let e as DatasetError { throw ConvNetError(e.description) }
    }
}
