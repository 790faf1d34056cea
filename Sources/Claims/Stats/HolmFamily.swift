/// Holm–Bonferroni over a family of m comparisons, family-wise error rate α (default 0.05).
///
/// With the p-values sorted ascending, p_(1) ≤ … ≤ p_(m), the adjusted p-values are
///
///     p̃_(k) = min(1, max_{j ≤ k} (m − j + 1) · p_(j)),
///
/// and sub-test k is rejected when p̃_(k) ≤ α. A rejected sub-test is PASS when its estimate lies in
/// the claimed direction and FAIL when it lies in the opposite one; a sub-test not rejected is
/// INCONCLUSIVE. A NaN p-value (too few seeds) counts as 1: it stays in m (conservative) and is
/// never rejected. Ties in p are ordered by position in the family, so the result is deterministic.
///
/// **Intervals**: each member's CI is reported at its Holm step's level, 1 − α/(m − k + 1) for the
/// member of rank k; that interval excludes zero exactly when p_(k) ≤ α/(m − k + 1). The verdict is
/// taken from the adjusted p-value (which also honours Holm's step-down stop), so in the rare case
/// where an earlier step was not rejected, a member's interval can exclude zero while its verdict is
/// INCONCLUSIVE — never the other way round.
public struct HolmFamily: Codable, Sendable, Equatable {
    public struct Member: Codable, Sendable, Equatable {
        /// The comparison with its interval at the Holm level of its step (`comparison.confidence`).
        public var comparison: Comparison
        /// The unadjusted two-sided p-value (NaN stays NaN here; it is 1 in the adjustment).
        public var rawP: Double
        /// Holm-adjusted p-value p̃.
        public var adjustedP: Double
        /// 1 = smallest p-value.
        public var rank: Int
        /// The family-wise verdict of this sub-test.
        public var verdict: Verdict
    }

    public var alpha: Double
    /// In the order the comparisons were given.
    public var members: [Member]

    public init(_ comparisons: [Comparison], alpha: Double = 0.05) {
        precondition(alpha > 0 && alpha < 1, "HolmFamily: α = \(alpha) not in (0, 1)")
        self.alpha = alpha
        let adjusted = HolmFamily.adjust(comparisons.map(\.pValue))
        let m = comparisons.count
        members = comparisons.indices.map { i in
            let c = comparisons[i], (rank, pAdj) = adjusted[i]
            let level = 1 - alpha / Double(m - rank + 1)
            let rejected = pAdj <= alpha
            let verdict: Verdict = !rejected || !c.estimate.isFinite ? .inconclusive
                : (c.estimate * c.direction.sign > 0 ? .pass : (c.estimate * c.direction.sign < 0 ? .fail : .inconclusive))
            return Member(comparison: c.at(confidence: level), rawP: c.pValue, adjustedP: pAdj, rank: rank, verdict: verdict)
        }
    }

    /// Holm-adjusted p-values, in input order, with each p's rank (1 = smallest); NaN counts as 1.
    public static func adjust(_ p: [Double]) -> [(rank: Int, adjusted: Double)] {
        let clean = p.map { $0.isNaN ? 1.0 : $0 }
        let m = clean.count
        let order = clean.indices.sorted { clean[$0] < clean[$1] || (clean[$0] == clean[$1] && $0 < $1) }
        var out = [(rank: Int, adjusted: Double)](repeating: (0, .nan), count: m)
        var running = 0.0
        for (k, i) in order.enumerated() {
            running = max(running, min(1, Double(m - k) * clean[i]))
            out[i] = (k + 1, running)
        }
        return out
    }

    /// The verdicts in input order.
    public var verdicts: [Verdict] { members.map(\.verdict) }
}
