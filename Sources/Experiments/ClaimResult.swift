/// One claim of the paper checked against our measurements ("claims ledger" row).
public struct ClaimResult: Codable, Sendable, Equatable {
    /// Stable id, e.g. "minority-fewer-neurons".
    public var id: String
    /// Which figure/table section it belongs to, e.g. `.fig2`.
    public var section: SectionID
    /// What the paper says, in one sentence.
    public var paperSays: String
    /// The declared statistic and tolerance, in words (written next to the check in code).
    public var test: String
    /// What we measured: the numbers behind the verdict.
    public var measured: String
    public var verdict: Verdict

    public init(id: String, section: SectionID, paperSays: String, test: String, measured: String, verdict: Verdict) {
        self.id = id; self.section = section; self.paperSays = paperSays; self.test = test
        self.measured = measured; self.verdict = verdict
    }
}
