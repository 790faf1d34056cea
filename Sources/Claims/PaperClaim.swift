/// A claim as the paper states it (SPEC §1), backed by its sub-tests and a declared rule that
/// combines them into one verdict. The report's headline counts these, not the sub-tests.
///
/// Exploratory sub-tests (e.g. pruning variants other than SPEC §5's lead, the minority neuron of
/// Fig 1) are shown under the claim but do not enter its verdict. In `results.json` a claim also
/// carries its computed `verdict` (for `diff` and embedding); decoding recomputes it.
public struct PaperClaim: Codable, Sendable, Equatable {
    /// Stable id, e.g. `ClaimID.pruningRestoresMinority`.
    public var id: ClaimID
    /// The report section (figure or table) the claim belongs to.
    public var section: FigureID
    /// The paper's words, quoted or closely paraphrased.
    public var paperSays: String
    /// The claim in a few words, for the Summary's first table; "" falls back to `paperSays` up to
    /// its first colon, semicolon or full stop.
    public var headline: String
    /// Where in the paper it comes from, e.g. "Fig 6", "Lemma 3.1", "Table 1".
    public var reference: String
    public var subTests: [SubTest]
    public var rule: CombinationRule
    /// What a reader must know to weigh the verdict (e.g. which sub-tests are exploratory); may be empty.
    public var note: String

    public init(id: ClaimID, section: FigureID, headline: String = "", paperSays: String, reference: String, subTests: [SubTest],
                rule: CombinationRule = .allPass, note: String = "") {
        precondition(Set(subTests.map(\.id)).count == subTests.count, "PaperClaim \(id): sub-test ids must be unique")
        self.id = id; self.section = section; self.paperSays = paperSays; self.reference = reference
        self.subTests = subTests; self.rule = rule; self.note = note; self.headline = headline
    }

    /// `headline`, or the first clause of `paperSays` when there is none.
    public var shortClaim: String {
        if !headline.isEmpty { return headline }
        let end = paperSays.firstIndex { ":;.".contains($0) } ?? paperSays.endIndex
        return String(paperSays[..<end])
    }

    /// The sub-tests that enter the verdict (not exploratory, not "not applicable").
    public var confirmatory: [SubTest] { subTests.filter { !$0.exploratory && !$0.notApplicable } }

    /// The verdict the rules before the "not applicable" rule gave: not-applicable sub-tests counted
    /// as INCONCLUSIVE members (the rule-change log shows it beside `verdict`).
    public var verdictCountingNotApplicable: Verdict { rule.combine(subTests.filter { !$0.exploratory }) }

    /// The claim's verdict: `rule` applied to the confirmatory sub-tests' verdicts (computed, never stored).
    public var verdict: Verdict { rule.combine(confirmatory) }

    /// How many confirmatory sub-tests have each verdict, in PASS, FAIL, INCONCLUSIVE order.
    public var tally: [(Verdict, Int)] {
        Verdict.allCases.map { v in (v, confirmatory.filter { $0.verdict == v }.count) }
    }

    enum CodingKeys: String, CodingKey { case id, section, paperSays, headline, reference, rule, note, verdict, subTests }

    public init(from decoder: Swift.Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Whether the section is a figure of the report is checked where the registry is known (`ReportResults`).
        let section = FigureID(resultsName: try c.decode(String.self, forKey: .section))
        self.init(id: try c.decode(ClaimID.self, forKey: .id), section: section,
                  headline: try c.decodeIfPresent(String.self, forKey: .headline) ?? "",
                  paperSays: try c.decode(String.self, forKey: .paperSays), reference: try c.decode(String.self, forKey: .reference),
                  subTests: try c.decode([SubTest].self, forKey: .subTests), rule: try c.decode(CombinationRule.self, forKey: .rule),
                  note: try c.decodeIfPresent(String.self, forKey: .note) ?? "")
    }

    public func encode(to encoder: Swift.Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(section.resultsName, forKey: .section)
        try c.encode(paperSays, forKey: .paperSays)
        if !headline.isEmpty { try c.encode(headline, forKey: .headline) }
        try c.encode(reference, forKey: .reference)
        try c.encode(rule, forKey: .rule)
        try c.encode(note, forKey: .note)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(subTests, forKey: .subTests)
    }
}
