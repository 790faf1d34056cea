/// The verdict of one claim check, computed from measured numbers.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// The declared statistic clears its declared tolerance.
    case pass = "PASS"
    /// The statistic is on the wrong side of the tolerance.
    case fail = "FAIL"
    /// Too few seeds, or the effect is within the declared uncertainty.
    case inconclusive = "INCONCLUSIVE"
}
