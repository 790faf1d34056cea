/// One sub-test of a paper claim: a declared rule (written before any run), the statistic measured
/// and the verdict computed from it.
public struct SubTest: Codable, Sendable, Equatable {
    /// Stable id within its claim, e.g. "aligned-count-eps-0.1".
    public var id: SubTestID
    /// The declared rule in words, e.g. "paired Δ (pruned − dense) of minority aligned count; PASS if the
    /// Holm-level CI lies above 0, FAIL if below, else INCONCLUSIVE".
    public var rule: String
    /// The measured statistic in the report's convention, e.g. "Δ = 1.2 [95% CI 0.4, 2.0], n = 5, p = 0.01".
    public var statistic: String
    public var verdict: Verdict
    /// Shown under its claim but not part of the claim's verdict (declared with the claim).
    public var exploratory: Bool
    /// Not applicable: both arms sit at the same floor or ceiling for every seed (e.g. 0 aligned
    /// neurons with and without pruning), so the data cannot speak to the rule. Shown, verdict
    /// INCONCLUSIVE, left out of the family's error-rate split and of the claim's combination rule.
    public var notApplicable: Bool
    /// The runs, per-seed values and numbers behind `statistic` (`clreport explain`); nil for a
    /// declared sub-test and in files written before it existed.
    public var evidence: SubTestEvidence?

    public init(id: SubTestID, rule: String, statistic: String, verdict: Verdict, exploratory: Bool = false,
                notApplicable: Bool = false, evidence: SubTestEvidence? = nil) {
        self.id = id; self.rule = rule; self.statistic = statistic; self.verdict = verdict; self.exploratory = exploratory
        self.notApplicable = notApplicable; self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case id, rule, statistic, verdict, exploratory, notApplicable, evidence }

    public init(from decoder: Swift.Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(SubTestID.self, forKey: .id), rule: try c.decode(String.self, forKey: .rule),
                  statistic: try c.decode(String.self, forKey: .statistic), verdict: try c.decode(Verdict.self, forKey: .verdict),
                  exploratory: try c.decode(Bool.self, forKey: .exploratory),
                  notApplicable: try c.decodeIfPresent(Bool.self, forKey: .notApplicable) ?? false,
                  evidence: try c.decodeIfPresent(SubTestEvidence.self, forKey: .evidence))
    }

    public func encode(to encoder: Swift.Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(rule, forKey: .rule)
        try c.encode(statistic, forKey: .statistic)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(exploratory, forKey: .exploratory)
        if notApplicable { try c.encode(notApplicable, forKey: .notApplicable) }
        try c.encodeIfPresent(evidence, forKey: .evidence)
    }

    /// A sub-test from one comparison: its verdict, and its statistic as `StatLabel.claimDetail`
    /// (which names the smallest detectable effect when INCONCLUSIVE).
    public init(id: SubTestID, rule: String, comparison: Comparison, quantity: Quantity = .ratio) {
        self.init(id: id, rule: rule, statistic: StatLabel.claimDetail(comparison, quantity),
                  verdict: comparison.verdict)
    }

    /// A sub-test from one member of a Holm family: the family-wise verdict, the 95% interval, the
    /// raw and the Holm-adjusted p-value (the detectable size at the member's Holm level).
    public init(id: SubTestID, rule: String, holm member: HolmFamily.Member, quantity: Quantity = .ratio) {
        self.init(id: id, rule: rule,
                  statistic: StatLabel.claimDetail(member.comparison, quantity)
                      + ", " + StatLabel.pEquals(member.adjustedP, name: "Holm-adjusted p"),
                  verdict: member.verdict)
    }

    /// A sub-test from a trend check with a declared direction and margin: the verdict from `trend`
    /// (at the family's level), the printed interval from `shown` (95%; `trend` itself when nil).
    public init(id: SubTestID, rule: String, trend: SpearmanTrend, direction: ClaimedDirection, margin: Double = 0,
                shown: SpearmanTrend? = nil, decimals: Int = 3) {
        self.init(id: id, rule: rule, statistic: StatLabel.trend(shown ?? trend, decimals: decimals),
                  verdict: trend.verdict(direction, margin: margin))
    }
}
