/// The direction a claim predicts for an effect Δ = b − a (b: the condition the claim is about,
/// e.g. with pruning; a: the reference, e.g. without).
public enum ClaimedDirection: String, Codable, Sendable, CaseIterable {
    /// The claim says Δ > 0.
    case increase
    /// The claim says Δ < 0.
    case decrease

    /// +1 for `increase`, −1 for `decrease`.
    public var sign: Double { self == .increase ? 1 : -1 }

    /// The verdict of an interval [low, high] for Δ against zero: PASS when it excludes zero on the
    /// claimed side, FAIL when it excludes zero on the other side, INCONCLUSIVE when it contains zero
    /// or is not finite.
    public func verdict(low: Double, high: Double) -> Verdict {
        guard low.isFinite, high.isFinite else { return .inconclusive }
        precondition(low <= high, "ClaimedDirection.verdict: interval [\(low), \(high)] is reversed")
        let claimedSide = self == .increase ? low > 0 : high < 0
        let otherSide = self == .increase ? high < 0 : low > 0
        return claimedSide ? .pass : (otherSide ? .fail : .inconclusive)
    }
}
