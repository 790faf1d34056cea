/// Every knob of one synthetic run: SPEC §2–§6, with each OPEN item of the paper as a field.
///
/// The struct is flat on purpose: `--set key=value` addresses fields by name, the cache key is the
/// canonical JSON of this struct, and the report's "Assumptions" table lists every field.
/// Defaults are the `default` preset (see `EngineConfig+Presets.swift`).
public struct EngineConfig: Codable, Sendable, Equatable {
    // MARK: Data model (SPEC §2)
    /// d: number of features (columns of the dictionary M).
    public var features: Int = 32
    /// d1: ambient token dimension (rows of M); the noise space has dimension d1 − d.
    public var ambientDim: Int = 256
    /// L: tokens per sample.
    public var tokens: Int = 4
    /// OPEN: how M sits in the coordinate basis — `random` (QR of a Gaussian) or `identity`.
    public var dictionary: DictionaryKind = .random
    /// OPEN: latent alphabet of z^(l): `signed` = {0, ±1} (default), `positive` = {0, 1}.
    public var latent: LatentKind = .signed
    /// p0: activation probability scale, p_j = p0·ε_j.
    public var activation: Double = 0.1
    /// ε_min ∈ (0, 1]: minority features' frequency relative to majority (ε_max = 1).
    public var epsMin: Double = 0.1
    /// OPEN: fraction of the d features that are minority (the last ⌊fraction·d⌋ features).
    public var minorityFraction: Double = 0.5
    /// Noise-to-signal ratio, OPEN definition: NSR = E‖ξ‖²/E‖Mz‖² = d1σ²/Σ_j p_j.
    public var nsr: Double = 1
    /// OPEN: what stays fixed along the ε_min axis — `nsr` (σ² from NSR at this ε_min, so σ² varies)
    /// or `sigma2` (σ² fixed at the value NSR gives at ε_min = 1, so the effective NSR varies).
    public var noiseHeldBy: NoiseHeldBy = .nsr
    /// OPEN: positive pair — `permuted` (same latents, tokens permuted, fresh noise) or `aligned` (same order, fresh noise).
    public var positivePair: PositivePairKind = .permuted
    /// Size of the fixed training set of pairs (the empirical loss); ignored when `freshSamples`.
    public var trainPairs: Int = 4096
    /// Draw fresh pairs every step (population loss) instead of a fixed training set.
    public var freshSamples: Bool = false

    // MARK: Encoder (SPEC §3)
    /// OPEN: attention scale s in softmax(⟨x^(l), x^(r)⟩ / s); 0 means s = d1.
    public var attentionScale: Double = 1
    /// m: number of neurons.
    public var neurons: Int = 64
    /// OPEN: σ0, the standard deviation of the Gaussian initialisation of W.
    public var initScale: Double = 0.01
    /// OPEN: κ in the noise threshold b_i = κ·σ·‖w_i‖.
    public var biasKappa: Double = 1
    /// OPEN: bias schedule after T1 — `tracked` every step, or `multiplicative` growth by (1 + η/d).
    public var biasMode: BiasMode = .tracked
    /// OPEN: T1 as a fraction of T (bias is 0 before).
    public var biasStart: Double = 0.1
    /// OPEN: T2 as a fraction of T (bias frozen after).
    public var biasFreeze: Double = 0.6

    // MARK: Loss and optimisation (SPEC §4)
    /// OPEN: τ, InfoNCE temperature.
    public var temperature: Double = 0.5
    /// OPEN: η, SGD learning rate.
    public var learningRate: Double = 0.05
    /// OPEN: λ, weight decay (must stay below the minority activation rate).
    public var weightDecay: Double = 0
    /// OPEN: K, batch size (negatives are the other K − 1 samples' second views).
    public var batchSize: Int = 128
    /// OPEN: T, number of SGD steps.
    public var steps: Int = 3000

    // MARK: Pruning (SPEC §5)
    /// OPEN: pruning ratio α ∈ [0, 1); 0 disables pruning.
    public var pruneRatio: Double = 0
    /// OPEN: `neuron` (rank ‖w_i‖) or `weight` (global ranking of |W_ik|).
    public var pruneGranularity: PruneGranularity = .weight
    /// OPEN: `both` views through the pruned net (straight-through) or `competitor` (anchor dense, other view pruned).
    public var pruneBranch: PruneBranch = .both
    /// OPEN: step at which pruning starts, as a fraction of T.
    public var pruneStart: Double = 0.1
    /// OPEN: masks are recomputed every this many steps.
    public var pruneRefresh: Int = 10
    /// OPEN: the bias threshold κσ‖w_i‖ under pruning reads the `masked` rows (those the anchor view
    /// uses) or the `full` dense rows.
    public var pruneBiasNorm: PruneBiasNorm = .masked

    // MARK: Measurements (SPEC §6)
    /// A neuron is aligned with feature j when cos_ij ≥ this.
    public var alignThreshold: Double = 0.3
    /// Fresh pairs for the positive-pair cosine.
    public var testPairs: Int = 1024
    /// OPEN: fresh samples used to fit the ridge probe / to test it.
    public var probeTrain: Int = 2048
    public var probeTest: Int = 2048
    /// Ridge penalty on standardised features: minimise ‖Fw − y‖²/n + ridge·‖w‖².
    public var ridge: Double = 1e-3
    /// Checkpoints recorded along training for Fig 1 and the loss curve.
    public var checkpoints: Int = 100
    /// Stage 3 ("converged") holds for a neuron once its dominant projection is this many times
    /// larger than both its largest other projection and its noise norm.
    public var stage3Dominance: Double = 3

    public init() {}
}

public enum DictionaryKind: String, Codable, Sendable, CaseIterable { case random, identity }
public enum LatentKind: String, Codable, Sendable, CaseIterable { case signed, positive }
public enum PositivePairKind: String, Codable, Sendable, CaseIterable { case permuted, aligned }
public enum BiasMode: String, Codable, Sendable, CaseIterable { case tracked, multiplicative }
public enum PruneGranularity: String, Codable, Sendable, CaseIterable { case neuron, weight }
public enum PruneBranch: String, Codable, Sendable, CaseIterable { case both, competitor }
public enum NoiseHeldBy: String, Codable, Sendable, CaseIterable { case nsr, sigma2 }
public enum PruneBiasNorm: String, Codable, Sendable, CaseIterable { case masked, full }

extension EngineConfig {
    /// Number of minority features: the last `minorityCount` of the d features.
    public var minorityCount: Int { Int((minorityFraction * Double(features)).rounded(.down)) }
    /// Number of majority features (ε_j = 1): the first `majorityCount`.
    public var majorityCount: Int { features - minorityCount }
    /// ε_j for feature j.
    public func epsilon(_ j: Int) -> Double { j < majorityCount ? 1 : epsMin }
    /// p_j = p0·ε_j, the probability that feature j is active in a token.
    public func activationProbability(_ j: Int) -> Double { activation * epsilon(j) }
    /// σ² from NSR = d1σ²/Σ_j p_j. With `noiseHeldBy = sigma2` the sum is taken at ε_min = 1
    /// (Σ_j p_j = d·p0), so σ² = NSR·d·p0/d1 is the same at every ε_min.
    public var noiseVariance: Double {
        let signal = noiseHeldBy == .sigma2
            ? Double(features) * activation
            : (0..<features).reduce(0.0) { $0 + activationProbability($1) }
        return nsr * signal / Double(ambientDim)
    }
    /// The NSR the data actually has, d1σ²/Σ_j p_j at this ε_min (equals `nsr` when `noiseHeldBy = nsr`).
    public var effectiveNSR: Double {
        let signal = (0..<features).reduce(0.0) { $0 + activationProbability($1) }
        return noiseVariance * Double(ambientDim) / signal
    }
    public var noiseStd: Double { noiseVariance.squareRoot() }
    /// The attention scale actually used (s = d1 when the field is 0).
    public var effectiveAttentionScale: Double { attentionScale == 0 ? Double(ambientDim) : attentionScale }
    public var pruningEnabled: Bool { pruneRatio > 0 }
    /// T1, T2 and the pruning start as step numbers.
    public var biasStartStep: Int { Int((biasStart * Double(steps)).rounded()) }
    public var biasFreezeStep: Int { Int((biasFreeze * Double(steps)).rounded()) }
    public var pruneStartStep: Int { Int((pruneStart * Double(steps)).rounded()) }
}
