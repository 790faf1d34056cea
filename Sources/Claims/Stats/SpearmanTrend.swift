import LinearAlgebra

/// A trend check: Spearman ρ between x and the per-x mean over seeds, with a percentile bootstrap
/// interval that resamples seeds within each x (deterministic: our own seeded RNG).
///
///     ρ = Spearman(x_g, ȳ_g) over the groups g with at least one finite value,
///     ȳ*_g = mean of n_g values drawn with replacement from group g's finite values,
///     interval = [Q_{α/2}, Q_{1−α/2}] of ρ* over B resamples (linear interpolation between order statistics).
///
/// A resample whose means are constant (ρ undefined) counts as ρ* = 0 (no monotone trend).
/// Fewer than 3 usable x values ⇒ ρ and interval NaN.
public struct SpearmanTrend: Codable, Sendable, Equatable {
    public var rho: Double
    public var low: Double
    public var high: Double
    public var confidence: Double
    public var resamples: Int
    /// Number of x values used (groups with at least one finite value).
    public var points: Int

    public init(groups: [(x: Double, values: [Double])], resamples: Int = 2000, confidence: Double = 0.95,
                seed: UInt64 = 0x5EED) {
        precondition(resamples >= 1, "SpearmanTrend: need at least one resample")
        precondition(confidence > 0 && confidence < 1, "SpearmanTrend: confidence \(confidence) not in (0, 1)")
        let usable = groups.map { ($0.x, $0.values.filter(\.isFinite)) }.filter { !$0.1.isEmpty }
        self.confidence = confidence
        self.resamples = resamples
        points = usable.count
        let xs = usable.map(\.0)
        func mean(_ v: [Double]) -> Double { v.reduce(0, +) / Double(v.count) }
        guard usable.count >= 3 else { rho = .nan; low = .nan; high = .nan; return }
        rho = Statistics.spearman(xs, usable.map { mean($0.1) })
        var rng = SeededRNG(seed: seed, stream: 41)
        var draws: [Double] = []
        draws.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let means = usable.map { g -> Double in
                var s = 0.0
                for _ in 0..<g.1.count { s += g.1[rng.int(below: g.1.count)] }
                return s / Double(g.1.count)
            }
            let r = Statistics.spearman(xs, means)
            draws.append(r.isNaN ? 0 : r)
        }
        draws.sort()
        let alpha = 1 - confidence
        low = SpearmanTrend.quantile(sorted: draws, alpha / 2)
        high = SpearmanTrend.quantile(sorted: draws, 1 - alpha / 2)
    }

    /// Verdict for a claimed monotone direction: PASS when the whole interval lies beyond `margin` on the
    /// claimed side (ρ > margin for `increase`, ρ < −margin for `decrease`), FAIL when it lies beyond 0
    /// on the other side, else INCONCLUSIVE.
    public func verdict(_ direction: ClaimedDirection, margin: Double = 0) -> Verdict {
        precondition(margin >= 0 && margin < 1, "SpearmanTrend.verdict: margin \(margin) not in [0, 1)")
        guard low.isFinite, high.isFinite else { return .inconclusive }
        let s = direction.sign
        let (near, far) = s > 0 ? (low, high) : (-high, -low)
        return near > margin ? .pass : (far < 0 ? .fail : .inconclusive)
    }

    /// Type-7 sample quantile of sorted values: h = (n − 1)q, linear between ⌊h⌋ and ⌈h⌉.
    static func quantile(sorted v: [Double], _ q: Double) -> Double {
        precondition(!v.isEmpty && q >= 0 && q <= 1, "SpearmanTrend.quantile: bad input")
        let h = Double(v.count - 1) * q, lo = Int(h.rounded(.down)), hi = min(lo + 1, v.count - 1)
        return v[lo] + (h - Double(lo)) * (v[hi] - v[lo])
    }
}
