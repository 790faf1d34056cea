import Learning

/// The size of a claim's effect in one reading, as a paired comparison over the reading's seeds
/// (same seed ⇒ same initial weights and data stream in both conditions): Δ = b − a of one metric
/// between two points of the reading's sweeps, with its 95% Student-t interval (`Comparison.paired`).
/// The specification curve plots these; "which choice decides a claim" compares them across readings.
public struct ClaimEffect: Sendable {
    /// Which points of a reading's sweeps a side reads.
    public enum Side: Sendable {
        /// `main` at this NSR (`lowestNSR`/`highestNSR` pick from the profile) and ε_min.
        case main(nsr: NSRPick, eps: Double)
        /// `pruning`: the unpruned baseline or the pruned variant, at this ε_min.
        case unpruned(eps: Double), pruned(eps: Double)
    }
    public enum NSRPick: Sendable { case lowest, highest }

    public var id: String
    /// What Δ is, in words with the condition order, e.g. "Δ aligned minority neurons, ε_min 0.1 → 1 (NSR lowest)".
    public var label: String
    public var metric: Metric
    /// When set, the per-seed value is metric / denominator (e.g. the coefficient ratio minority/majority).
    public var denominator: Metric?
    public var a: Side
    public var b: Side
    public var direction: ClaimedDirection

    /// Every effect, in display order.
    public static let all: [ClaimEffect] = [
        ClaimEffect(id: "aligned-minority-balance", label: "Δ aligned minority neurons, ε_min 0.1 → 1 (lowest NSR)",
                    metric: .alignedMinority, a: .main(nsr: .lowest, eps: 0.1), b: .main(nsr: .lowest, eps: 1), direction: .increase),
        ClaimEffect(id: "coefficient-ratio-balance", label: "Δ coefficient ratio minority/majority, ε_min 0.1 → 1 (lowest NSR)",
                    metric: .coefMinority, denominator: .coefMajority, a: .main(nsr: .lowest, eps: 0.1), b: .main(nsr: .lowest, eps: 1), direction: .increase),
        ClaimEffect(id: "noise-minority-cosine", label: "Δ minority max-cosine, lowest → highest NSR (ε_min 0.1)",
                    metric: .maxCosMinority, a: .main(nsr: .lowest, eps: 0.1), b: .main(nsr: .highest, eps: 0.1), direction: .decrease),
        ClaimEffect(id: "pair-cosine-balance", label: "Δ positive-pair cosine, ε_min 0.1 → 1 (lowest NSR)",
                    metric: .positivePairCosine, a: .main(nsr: .lowest, eps: 0.1), b: .main(nsr: .lowest, eps: 1), direction: .increase),
        ClaimEffect(id: "minority-mse-balance", label: "Δ minority regression MSE, ε_min 0.1 → 1 (lowest NSR)",
                    metric: .regressionMSEMinority, a: .main(nsr: .lowest, eps: 0.1), b: .main(nsr: .lowest, eps: 1), direction: .decrease),
        ClaimEffect(id: "pruning-minority-cosine", label: "Δ minority max-cosine, no pruning → weight 90% (ε_min 0.1, NSR 1)",
                    metric: .maxCosMinority, a: .unpruned(eps: 0.1), b: .pruned(eps: 0.1), direction: .increase),
        ClaimEffect(id: "pruning-minority-mse", label: "Δ minority regression MSE, no pruning → weight 90% (ε_min 0.1, NSR 1)",
                    metric: .regressionMSEMinority, a: .unpruned(eps: 0.1), b: .pruned(eps: 0.1), direction: .decrease),
    ]

    public static func named(_ id: String) -> ClaimEffect? { all.first { $0.id == id } }

    init(id: String, label: String, metric: Metric, denominator: Metric? = nil, a: Side, b: Side, direction: ClaimedDirection) {
        self.id = id; self.label = label; self.metric = metric; self.denominator = denominator
        self.a = a; self.b = b; self.direction = direction
    }

    /// The per-seed values of one side (nil when the reading's sweeps lack that point).
    func values(_ side: Side, _ sweeps: [SweepResult], nsrs: [Double], variant: PruningVariant) -> [Double]? {
        let point: AggregatedPoint?
        switch side {
        case .main(let pick, let eps):
            guard let nsr = pick == .lowest ? nsrs.min() : nsrs.max() else { return nil }
            point = sweeps.first { $0.id == .main }?.series(.nsr(nsr)).first { $0.x == eps }
        case .unpruned(let eps):
            point = sweeps.first { $0.id == .pruning }?.series(.unpruned(variant.dictionary)).first { $0.x == eps }
        case .pruned(let eps):
            point = sweeps.first { $0.id == .pruning }?.series(.variant(variant.key)).first { $0.x == eps }
        }
        guard let p = point else { return nil }
        let v = p.values(metric)
        guard let denominator else { return v }
        let d = p.values(denominator)
        guard d.count == v.count else { return nil }
        return zip(v, d).map { $0 / $1 }
    }

    /// Δ = mean_s (b_s − a_s) with its 95% paired t interval, or nil when a side is missing.
    public func estimate(_ sweeps: [SweepResult], nsrs: [Double], variant: PruningVariant) -> Comparison? {
        guard let va = values(a, sweeps, nsrs: nsrs, variant: variant), let vb = values(b, sweeps, nsrs: nsrs, variant: variant),
              va.count == vb.count, !va.isEmpty else { return nil }
        return Comparison.paired(a: va, b: vb, direction: direction)
    }
}
