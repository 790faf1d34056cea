import ConvNet
import Datasets
import LongTail
import Markup

/// The long-tail protocol as template values (the `longtail-protocol` partial), read from the
/// configuration the runs used, so the page cannot describe another protocol than the one run:
/// the conv encoder's (`conv`, the report's since issue 26) or the synthetic encoder's.
enum LongTailProtocol {
    static func context(_ c: LongTailConfig) -> LongTailProtocolContext {
        var out = syntheticContext(c)
        if let conv = c.conv { out.conv = convContext(conv) }
        return out
    }

    /// The conv encoder: architecture, views, optimiser, epochs and the with-pruning arm's reading.
    static func convContext(_ conv: ConvTrainingConfig) -> LongTailProtocolContext.Conv {
        let e = conv.encoder
        let blocks = e.channels.enumerated().map { b, ch in
            "conv \(e.kernel)×\(e.kernel) → \(ch) channels\(e.batchNorm ? " → batch norm" : "") → ReLU"
                + (b < e.channels.count - 1 ? " → 2×2 \(e.pool.rawValue) pool" : "")
        }.joined(separator: "; ")
        let head = e.headHidden > 0 ? "\(e.featureDimension) → \(e.headHidden) → ReLU → \(e.projection)" : "\(e.featureDimension) → \(e.projection)"
        let o = conv.optimizer
        let optimiser = o.kind == .adam
            ? "AdamW (β₁ = 0.9, β₂ = 0.999, η₀ = \(NumberFormat.format(o.learningRate, decimals: 4)), decoupled weight decay λ = \(NumberFormat.format(o.weightDecay, decimals: 5)))"
            : "SGD with momentum \(NumberFormat.format(o.momentum, decimals: 2)) (η₀ = \(NumberFormat.format(o.learningRate, decimals: 4)), weight decay λ = \(NumberFormat.format(o.weightDecay, decimals: 5)))"
        let ratio = NumberFormat.format(100 * LongTailConfig.withPruningRatio, decimals: 0)
        let reading: String
        switch LongTailConfig.pruningReading {
        case .selfCompetitor:
            reading = "SDCLR's pruned self-competitor: the dense model encodes one view, the same weights × a global magnitude mask that drops \(ratio) % of all conv weights (recomputed at the start of every epoch, its own batch-norm statistics) encode the other; the pruned branch's gradient reaches only the weights it keeps (∂L/∂W += M ⊙ g̃). This is the reading of SDCLR's public code, the empirical precedent the paper cites; the paper's other reading (masked forward, gradient to all weights) is available as an option but did not train stably at \(ratio) % (its loss rose in the last epoch)"
        case .straightThrough:
            reading = "\(ratio) % of the conv weights masked by global magnitude in the second view's forward pass (recomputed every epoch), the gradient passed to all weights (the paper's forward-mask / backward-full reading)"
        }
        return .init(
            architecture: blocks + "; global average pool → \(e.featureDimension) features",
            head: head,
            probeFeatures: "the last block's \(e.featureDimension) × \(e.probeGrid) × \(e.probeGrid) map (average-pooled to a \(e.probeGrid) × \(e.probeGrid) grid: \(e.probeDimension) features, dense weights, running batch-norm statistics)",
            augmentations: augmentations(conv.augmentation),
            epochs: conv.epochs, batch: conv.batchSize, temperature: NumberFormat.format(conv.temperature, decimals: 2),
            optimiser: optimiser,
            pruning: reading)
    }

    /// The views of an augmentation setting, in words.
    static func augmentations(_ a: AugmentationConfig) -> String {
        var aug: [String] = []
        if a.maxShift > 0 { aug.append("random shift of up to \(a.maxShift) px per axis (zero padding, a crop of the padded image)") }
        if a.flipProbability > 0 { aug.append("horizontal flip with probability \(NumberFormat.format(a.flipProbability, decimals: 2))") }
        if a.contrast > 0 { aug.append("contrast ×U[\(NumberFormat.format(1 - a.contrast, decimals: 2)), \(NumberFormat.format(1 + a.contrast, decimals: 2))]") }
        if a.erasingProbability > 0 {
            aug.append("erasing of a square covering \(NumberFormat.format(100 * a.erasingFraction, decimals: 1)) % of the image with probability \(NumberFormat.format(a.erasingProbability, decimals: 2))")
        }
        if a.noiseStd > 0 { aug.append("Gaussian pixel noise σ = \(NumberFormat.format(a.noiseStd, decimals: 2))") }
        return aug.isEmpty ? "none" : aug.joined(separator: "; ")
    }

    /// The synthetic encoder's protocol (and the fields both share: nMax, probe, test images).
    static func syntheticContext(_ c: LongTailConfig) -> LongTailProtocolContext {
        let e = c.engine
        let L = e.tokens, p = c.patchSize
        let tokens = c.positionSlots
            ? "\(L) tokens, one per \(p)×\(p) patch, each written into its own position slot (d1 = \(e.ambientDim) = \(L) × \(e.ambientDim / max(L, 1))), so every neuron has a filter per position"
            : "\(L) tokens, one per \(p)×\(p) patch (d1 = \(e.ambientDim)), positions shared"
        let pruning = e.pruneRatio > 0
            ? "\(NumberFormat.format(100 * e.pruneRatio, decimals: 0)) % \(e.pruneGranularity.rawValue)-level magnitude pruning"
            : "the with-pruning arm uses \(NumberFormat.format(100 * LongTailConfig.withPruningRatio, decimals: 0)) % weight-level magnitude pruning, both views through the pruned encoder, masks from \(NumberFormat.format(100 * e.pruneStart, decimals: 0)) % of training, refreshed every \(e.pruneRefresh) steps; metrics read on the masked weights"
        let probe = c.probe
        return LongTailProtocolContext(
            tokens: tokens,
            whitening: c.patchWhitening ? "ZCA-whitened patches (fitted on the long-tailed training set, ε = \(NumberFormat.format(LongTailWhitening.relativeEpsilon, decimals: 2)) × mean eigenvalue), divided by √(patch dimension)" : "standardised patches divided by √(patch dimension)",
            augmentations: augmentations(c.augmentation),
            pairs: c.pairsPerImage, nMax: c.nMax,
            neurons: e.neurons, steps: e.steps, batch: e.batchSize,
            learningRate: NumberFormat.format(e.learningRate, decimals: 3), temperature: NumberFormat.format(e.temperature, decimals: 2),
            kappa: NumberFormat.format(e.biasKappa, decimals: 2),
            pruning: pruning,
            probePerClass: c.probePerClass,
            probeOptimiser: "softmax regression, SGD with learning rate \(NumberFormat.format(probe.learningRate, decimals: 3)), \(probe.epochs) epochs, \(probe.batchSize == 0 ? "full batch" : "batches of \(probe.batchSize)"), L2 \(NumberFormat.format(probe.l2, decimals: 5))",
            testImages: c.testLimit.map { "the first \($0) test images" } ?? "the whole test set")
    }
}
