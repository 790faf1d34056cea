/// The verdict of one claim check, computed from measured numbers.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// The declared statistic clears its declared tolerance.
    case pass = "PASS"
    /// The statistic is on the wrong side of the tolerance.
    case fail = "FAIL"
    /// Too few seeds, or the effect is within the declared uncertainty.
    case inconclusive = "INCONCLUSIVE"
}

/// One claim of the paper checked against our measurements ("claims ledger" row).
public struct ClaimResult: Codable, Sendable, Equatable {
    /// Stable id, e.g. "minority-fewer-neurons".
    public var id: String
    /// Which figure/table section it belongs to, e.g. "fig2".
    public var section: String
    /// What the paper says, in one sentence.
    public var paperSays: String
    /// The declared statistic and tolerance, in words (written next to the check in code).
    public var test: String
    /// What we measured: the numbers behind the verdict.
    public var measured: String
    public var verdict: Verdict

    public init(id: String, section: String, paperSays: String, test: String, measured: String, verdict: Verdict) {
        self.id = id; self.section = section; self.paperSays = paperSays; self.test = test
        self.measured = measured; self.verdict = verdict
    }
}
