/// Global unstructured magnitude pruning over the conv weights (SDCLR's self-competitor).
///
/// With all conv weights pooled into one list of T values and k = ⌊ρ·T⌋ for the ratio ρ, the
/// threshold t is the (k+1)-th smallest |w|, and the mask keeps M = [|w| ≥ t] (ties at t kept),
/// so about a fraction ρ of the weights — the smallest in magnitude across all layers — is
/// zeroed in the pruned branch, which computes with W ⊙ M.
///
/// How the pruned branch's gradient reaches the shared weights is the `PruningReading`.
public final class MagnitudePruning {
    public let ratio: Double
    public let weights: [Parameter]
    /// M per conv weight tensor (0 or 1).
    public let masks: [FloatBuffer]
    /// W ⊙ M per conv weight tensor, the weights the pruned branch computes with.
    public let maskedWeights: [FloatBuffer]
    let magnitudes: FloatBuffer

    public init(weights: [Parameter], ratio: Double) {
        precondition(ratio >= 0 && ratio < 1, "MagnitudePruning: ratio \(ratio) must be in [0, 1)")
        self.ratio = ratio
        self.weights = weights
        masks = weights.map { FloatBuffer(count: $0.count) }
        maskedWeights = weights.map { FloatBuffer(count: $0.count) }
        magnitudes = FloatBuffer(count: weights.reduce(0) { $0 + $1.count })
        updateMask()
    }

    /// The threshold t from the current weights, and M = [|w| ≥ t]; then refreshes W ⊙ M.
    public func updateMask() {
        var o = 0
        for p in weights {
            for i in 0..<p.count { magnitudes[o + i] = abs(p.value[i]) }
            o += p.count
        }
        let total = magnitudes.count
        let k = Int((ratio * Double(total)).rounded(.down))
        var buf = UnsafeMutableBufferPointer(start: magnitudes.pointer, count: total)
        buf.sort()
        let t = k < total ? buf[k] : Float.infinity
        for (j, p) in weights.enumerated() {
            for i in 0..<p.count { masks[j][i] = abs(p.value[i]) >= t ? 1 : 0 }
        }
        refreshMaskedWeights()
    }

    /// W ⊙ M from the current weights and the current mask (after every optimiser step).
    public func refreshMaskedWeights() {
        for (j, p) in weights.enumerated() {
            let m = masks[j].pointer, w = p.value.pointer, out = maskedWeights[j].pointer
            for i in 0..<p.count { out[i] = w[i] * m[i] }
        }
    }

    /// Fraction of conv weights the mask zeroes.
    public var prunedFraction: Double {
        var zeros = 0, total = 0
        for m in masks { for i in 0..<m.count where m[i] == 0 { zeros += 1 }; total += m.count }
        return total == 0 ? 0 : Double(zeros) / Double(total)
    }
}
