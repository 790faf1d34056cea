import Datasets
import Experiments
import Markup

/// The long-tail protocol as template values (the `longtail-protocol` partial), read from the
/// configuration the runs used, so the page cannot describe another protocol than the one run.
enum LongTailProtocol {
    static func context(_ c: LongTailConfig) -> [String: Any] {
        let e = c.engine
        let a = c.augmentation
        var aug: [String] = []
        if a.maxShift > 0 { aug.append("random shift of up to \(a.maxShift) px per axis (zero padding, a crop of the padded image)") }
        if a.flipProbability > 0 { aug.append("horizontal flip with probability \(NumberFormat.format(a.flipProbability, decimals: 2))") }
        if a.contrast > 0 { aug.append("contrast ×U[\(NumberFormat.format(1 - a.contrast, decimals: 2)), \(NumberFormat.format(1 + a.contrast, decimals: 2))]") }
        if a.erasingProbability > 0 {
            aug.append("erasing of a square covering \(NumberFormat.format(100 * a.erasingFraction, decimals: 1)) % of the image with probability \(NumberFormat.format(a.erasingProbability, decimals: 2))")
        }
        if a.noiseStd > 0 { aug.append("Gaussian pixel noise σ = \(NumberFormat.format(a.noiseStd, decimals: 2))") }
        let L = e.tokens, p = c.patchSize
        let tokens = c.positionSlots
            ? "\(L) tokens, one per \(p)×\(p) patch, each written into its own position slot (d1 = \(e.ambientDim) = \(L) × \(e.ambientDim / max(L, 1))), so every neuron has a filter per position"
            : "\(L) tokens, one per \(p)×\(p) patch (d1 = \(e.ambientDim)), positions shared"
        let pruning = e.pruneRatio > 0
            ? "\(NumberFormat.format(100 * e.pruneRatio, decimals: 0)) % \(e.pruneGranularity.rawValue)-level magnitude pruning"
            : "the with-pruning arm uses \(NumberFormat.format(100 * LongTailConfig.withPruningRatio, decimals: 0)) % weight-level magnitude pruning, both views through the pruned encoder, masks from \(NumberFormat.format(100 * e.pruneStart, decimals: 0)) % of training, refreshed every \(e.pruneRefresh) steps; metrics read on the masked weights"
        let probe = c.probe
        return [
            "tokens": tokens,
            "whitening": c.patchWhitening ? "ZCA-whitened patches (fitted on the long-tailed training set, ε = \(NumberFormat.format(LongTailWhitening.relativeEpsilon, decimals: 2)) × mean eigenvalue), divided by √(patch dimension)" : "standardised patches divided by √(patch dimension)",
            "augmentations": aug.isEmpty ? "none" : aug.joined(separator: "; "),
            "pairs": c.pairsPerImage, "nMax": c.nMax,
            "neurons": e.neurons, "steps": e.steps, "batch": e.batchSize,
            "learningRate": NumberFormat.format(e.learningRate, decimals: 3), "temperature": NumberFormat.format(e.temperature, decimals: 2),
            "kappa": NumberFormat.format(e.biasKappa, decimals: 2),
            "pruning": pruning,
            "probePerClass": c.probePerClass,
            "probeOptimiser": "softmax regression, SGD with learning rate \(NumberFormat.format(probe.learningRate, decimals: 3)), \(probe.epochs) epochs, \(probe.batchSize == 0 ? "full batch" : "batches of \(probe.batchSize)"), L2 \(NumberFormat.format(probe.l2, decimals: 5))",
            "testImages": c.testLimit.map { "the first \($0) test images" } ?? "the whole test set",
        ]
    }
}
