import ConvNet
import Datasets
import Learning

/// Every knob of one real long-tailed run (SPEC §7): data, augmentation, encoder/optimiser/pruning
/// (the flat `EngineConfig`) and the linear probe. Codable and flat enough that its canonical JSON
/// is the run's cache key; a run is a pure function of (config, seed, data files).
///
/// How the `EngineConfig` fields are used on real data:
/// - `ambientDim` (d1) and `tokens` (L) must equal the patch shape: channels·p² and (H/p)·(W/p)
///   (`LongTailConfig.forDataset` sets them). Tokens are standardised (and, with `patchWhitening`,
///   ZCA-whitened) patches divided by √d1, so their RMS norm is ≈ 1 and ⟨x_l, x_r⟩ = O(1): the
///   profiles use `attentionScale` = 1 (the SPEC default; on unwhitened tokens it equals s = d1 on
///   the raw standardised patches, where ⟨x_l, x_r⟩ is of order d1); 0 means s = d1 on these tokens.
/// - `trainPairs` is ignored: the training set has Σ_c n_c · `pairsPerImage` pairs.
/// - The synthetic data-model fields (`features`, `activation`, `epsMin`, `minorityFraction`,
///   `nsr`, `dictionary`, …) have no meaning on real data. The bias threshold b_i = κ·σ·‖w_i‖ needs
///   a noise level σ: the run sets σ to the root-mean-square coordinate of the training set's
///   attention outputs (measured, so a random direction's projection ⟨w_i, a⟩ has std ≈ σ‖w_i‖
///   and κ is "how many standard deviations of a random projection"), by overriding
///   `features = 1`, `activation = 1`, `minorityFraction = 0`, `nsr = d1·σ²` at run time.
///   κ = `biasKappa` (0 turns the bias off, which makes BReLU the identity and the encoder linear).
///
/// The encoder: `conv` set = the convolutional encoder trained SimCLR/SDCLR-style
/// (`ConvTrainingConfig`, issue 26; the report's profiles), which reads the standardised images
/// directly — the patch/token fields, `pairsPerImage`, `augmentation` and `engine` are then unused
/// (the views are `conv.augmentation`, drawn afresh every epoch). `conv` nil = the synthetic
/// Transformer-MLP encoder on patch tokens (`engine`, issue 17; `clreport longtail --encoder
/// transformer`).
public struct LongTailConfig: Codable, Sendable, Equatable {
    /// One of `DatasetName.supported` (`validate()` refuses others).
    public var dataset: DatasetName
    /// Imbalance ratio ρ = n_max / n_min (1 = balanced).
    public var rho: Double
    /// Images kept for the head class; class of rank c keeps ⌊nMax·ρ^(−c/(C−1))⌋.
    public var nMax: Int
    /// Side p of the square, non-overlapping patches (one token each).
    public var patchSize: Int
    /// Augmentation that makes each view (in standardised pixel units).
    public var augmentation: AugmentationConfig
    /// Augmented positive pairs drawn per LT training image (a fixed training set).
    public var pairsPerImage: Int
    /// Encoder/optimiser/pruning settings (ambientDim/tokens from the patch shape).
    public var engine: EngineConfig
    public var probe: SoftmaxProbeConfig
    /// Balanced labelled subset of the full training split used to fit the probe (per class).
    public var probePerClass: Int
    /// First `testLimit` test images (nil = the whole test set).
    public var testLimit: Int?
    /// ZCA-whiten the patch tokens (fitted on the LT training set's clean tokens, see
    /// `LongTailWhitening`) before dividing them by √d1. The profiles turn it on.
    public var patchWhitening: Bool
    /// Position-aware tokens ("per-position slots"): token l is the (whitened, scaled) patch l
    /// written into slot l of an otherwise zero vector of dimension L·channels·p² (= channels·H·W),
    ///
    ///     x^(l) = e_l ⊗ patch_l,
    ///
    /// so a neuron w_i = (w_i^(1), …, w_i^(L)) has its own filter for every position and
    /// ⟨w_i, a^(r)⟩ = Σ_l α_rl ⟨w_i^(l), patch_l⟩. Without slots (false) every position shares
    /// one filter and the pooled encoder cannot tell where a patch is.
    public var positionSlots: Bool
    /// The convolutional encoder and its SimCLR/SDCLR training (nil = the synthetic encoder of
    /// `engine`); its `pruneRatio` is the with-pruning arm's self-competitor.
    public var conv: ConvTrainingConfig?

    public init(dataset: DatasetName, rho: Double, nMax: Int, patchSize: Int, augmentation: AugmentationConfig,
                pairsPerImage: Int, engine: EngineConfig, probe: SoftmaxProbeConfig, probePerClass: Int, testLimit: Int?,
                patchWhitening: Bool = true, positionSlots: Bool = false, conv: ConvTrainingConfig? = nil) {
        self.dataset = dataset; self.rho = rho; self.nMax = nMax; self.patchSize = patchSize
        self.augmentation = augmentation; self.pairsPerImage = pairsPerImage; self.engine = engine
        self.probe = probe; self.probePerClass = probePerClass; self.testLimit = testLimit
        self.patchWhitening = patchWhitening; self.positionSlots = positionSlots; self.conv = conv
    }

    /// Token dimension d1 for a dataset shape: channels·p², or channels·H·W with `positionSlots`.
    public func tokenDimension(height: Int, width: Int, channels: Int) -> Int {
        positionSlots ? channels * height * width : channels * patchSize * patchSize
    }

    /// The datasets a run can load.
    public static let datasets = DatasetName.supported

    /// (height, width, channels, classes, images per class in the training split) of a dataset.
    public static func shape(of dataset: DatasetName) -> (height: Int, width: Int, channels: Int, classes: Int, perClass: Int)? {
        switch dataset {
        case .fashionMNIST: (28, 28, 1, 10, 6000)
        case .cifar10: (32, 32, 3, 10, 5000)
        case .cifar100: (32, 32, 3, 100, 500)
        default: nil
        }
    }

    /// The pruning ratio of the "with pruning" arm, fixed before any long-tailed result was seen.
    /// Conv encoder (the report's): SDCLR's pruned self-competitor — the dense model encodes one
    /// view, the same weights × a global magnitude mask over all conv weights that drops this
    /// fraction (recomputed every epoch) encode the other; `PruningReading.selfCompetitor`, see
    /// `pruningReading`. Synthetic encoder: weight-level magnitude pruning, both views through the
    /// pruned encoder (Algorithm 1 as SPEC §5 describes it: masks recomputed every 10 steps from 10%
    /// of T, gradient to the full W), the setting for which SPEC §5's synthetic exploration reported
    /// a benefit for minority features. SDCLR prunes 90 % of the conv weights on CIFAR-LT.
    public static let withPruningRatio = 0.9

    /// How the report's with-pruning arm passes the pruned branch's gradient to the shared weights:
    /// SDCLR's self-competitor (∂L/∂W += M ⊙ g̃), the reading of the paper's cited empirical
    /// precedent (its public code). The paper's "forward with the mask, gradient to the full
    /// weights" (`straightThrough`) stays available through `clreport longtail --set
    /// pruningReading=straightThrough`; at ratio 0.9 its loss rose in the last epoch
    /// (Benchmarks/longtail.md), i.e. it does not train stably at this ratio.
    public static let pruningReading = PruningReading.selfCompetitor

    /// The same configuration with the synthetic Transformer-MLP encoder (`engine`) instead of the
    /// conv encoder (issue 17's protocol; `clreport longtail --encoder transformer`).
    public var withSyntheticEncoder: LongTailConfig {
        var c = self
        c.conv = nil
        return c
    }

    /// The same settings for another dataset: with `positionSlots` (Fashion-MNIST only) patches of
    /// half the image side (L = 4, 14×14, d1 = 784), otherwise 7×7 / 8×8 (L = 16; d1 = 49 or 192);
    /// CIFAR turns `positionSlots` off and uses η = 0.01 (see below); ambientDim/tokens from the
    /// patch shape, nMax capped at the images per class.
    public func forDataset(_ name: DatasetName) -> LongTailConfig {
        var c = self
        c.dataset = name
        guard let s = Self.shape(of: name) else { return c }
        if name != .fashionMNIST && c.positionSlots {
            // CIFAR keeps the earlier protocol: shared 8×8 tokens at η = 0.01. Position slots need
            // ZCA whitening of 16×16×3 patches, a 768×768 Jacobi eigendecomposition per run
            // (minutes on this machine), and were not tuned on CIFAR.
            c.positionSlots = false
            c.engine.learningRate = 0.01
        }
        c.patchSize = c.positionSlots ? s.height / 2 : (name == .fashionMNIST ? 7 : 8)
        c.nMax = min(c.nMax, s.perClass)
        c.probePerClass = min(c.probePerClass, s.perClass)
        c.engine.ambientDim = c.tokenDimension(height: s.height, width: s.width, channels: s.channels)
        c.engine.tokens = (s.height / c.patchSize) * (s.width / c.patchSize)
        return c
    }

    /// Pairs in the contrastive training set: Σ_c n_c · pairsPerImage (assuming every class has nMax images).
    public var trainingPairCount: Int {
        guard let s = Self.shape(of: dataset), nMax >= 1, rho >= 1, rho.isFinite else { return 0 }
        return LongTail.classCounts(nMax: nMax, rho: rho, classCount: s.classes).reduce(0, +) * pairsPerImage
    }

    /// The engine configuration a run actually uses for a measured noise level σ (see the type's doc).
    public func runEngine(sigma: Double) -> EngineConfig {
        var e = engine
        e.features = 1
        e.activation = 1
        e.minorityFraction = 0
        e.epsMin = 1
        e.nsr = Double(e.ambientDim) * sigma * sigma
        e.trainPairs = max(trainingPairCount, e.batchSize)
        return e
    }

    /// Refuses a configuration that cannot run; the error names the field and its allowed range.
    public func validate() throws {
        guard let s = Self.shape(of: dataset) else {
            throw ConfigError(field: "dataset", "invalid configuration: dataset = \"\(dataset)\" is unknown; allowed: \(Self.datasets.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        if !(rho.isFinite && rho >= 1 && rho <= 10_000) {
            throw ConfigError.outOfRange("rho", rho, allowed: "[1, 10000]")
        }
        if nMax < 1 || nMax > s.perClass {
            throw ConfigError.outOfRange("nMax", nMax, allowed: "1…\(s.perClass) (integer, images per class of \(dataset))")
        }
        if patchSize < 1 || s.height % patchSize != 0 || s.width % patchSize != 0 {
            let divisors = (1...s.height).filter { s.height % $0 == 0 && s.width % $0 == 0 }
            throw ConfigError.outOfRange("patchSize", patchSize, allowed: "a divisor of \(s.height)×\(s.width): \(divisors.map(String.init).joined(separator: ", "))")
        }
        do { try augmentation.validate() } catch let e as DatasetError {
            throw ConfigError(field: "augmentation", "invalid configuration: \(e.description)")
        }
        if let conv {
            do { try conv.validate() } catch let e as ConvNetError {
                throw ConfigError(field: "conv", "invalid configuration: conv encoder: \(e.message)")
            }
            try validateProbe(s.perClass)
            return
        }
        if pairsPerImage < 1 || pairsPerImage > 64 {
            throw ConfigError.outOfRange("pairsPerImage", pairsPerImage, allowed: "1…64 (integer)")
        }
        let d1 = tokenDimension(height: s.height, width: s.width, channels: s.channels), L = (s.height / patchSize) * (s.width / patchSize)
        if engine.ambientDim != d1 {
            throw ConfigError.outOfRange("engine.ambientDim", engine.ambientDim, allowed: "\(d1) (= \(positionSlots ? "channels·height·width (positionSlots)" : "channels·patchSize²") for \(dataset) with patchSize \(patchSize))")
        }
        if engine.tokens != L {
            throw ConfigError.outOfRange("engine.tokens", engine.tokens, allowed: "\(L) (= patches per image for \(dataset) with patchSize \(patchSize))")
        }
        if trainingPairCount < engine.batchSize {
            throw ConfigError.outOfRange("engine.batchSize", engine.batchSize, allowed: "2…\(trainingPairCount) (at most the \(trainingPairCount) training pairs)")
        }
        // σ is measured at run time (nsr = d1·σ² ≈ the RMS token norm², O(1)); validate with nsr = 1.
        do { try runEngine(sigma: 1 / Double(max(engine.ambientDim, 1)).squareRoot()).validate() } catch let e as ConfigError {
            throw ConfigError(field: "engine.\(e.field)", e.description.replacingOccurrences(of: "configuration: \(e.field)", with: "configuration: engine.\(e.field)"))
        }
        try validateProbe(s.perClass)
    }

    /// The probe's fields (shared by both encoders).
    func validateProbe(_ perClass: Int) throws {
        if probePerClass < 1 || probePerClass > perClass {
            throw ConfigError.outOfRange("probePerClass", probePerClass, allowed: "1…\(perClass) (integer)")
        }
        if !(probe.l2 >= 0 && probe.l2.isFinite) { throw ConfigError.outOfRange("probe.l2", probe.l2, allowed: "[0, ∞)") }
        if probe.epochs < 1 || probe.epochs > 10_000 { throw ConfigError.outOfRange("probe.epochs", probe.epochs, allowed: "1…10000 (integer)") }
        if !(probe.learningRate > 0 && probe.learningRate <= 100) {
            throw ConfigError.outOfRange("probe.learningRate", probe.learningRate, allowed: "(0, 100]")
        }
        if probe.batchSize < 0 { throw ConfigError.outOfRange("probe.batchSize", probe.batchSize, allowed: "0…∞ (0 = full batch)") }
        if let t = testLimit, t < 1 { throw ConfigError.outOfRange("testLimit", t, allowed: "nil (whole test set) or ≥ 1") }
    }
}
