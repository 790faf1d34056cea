/// A claim as the paper states it (SPEC §1), backed by its sub-tests and a declared rule that
/// combines them into one verdict. The report's headline counts these, not the sub-tests.
public struct PaperClaim: Codable, Sendable, Equatable {
    /// Stable id, e.g. "pruning-restores-minority".
    public var id: String
    /// The paper's words, quoted or closely paraphrased.
    public var paperSays: String
    /// Where in the paper it comes from, e.g. "Fig 6", "Lemma 3.1", "Table 1".
    public var reference: String
    public var subTests: [SubTest]
    public var rule: CombinationRule

    public init(id: String, paperSays: String, reference: String, subTests: [SubTest], rule: CombinationRule = .allPass) {
        precondition(Set(subTests.map(\.id)).count == subTests.count, "PaperClaim \(id): sub-test ids must be unique")
        self.id = id; self.paperSays = paperSays; self.reference = reference; self.subTests = subTests; self.rule = rule
    }

    /// The claim's verdict: `rule` applied to the sub-tests' verdicts (computed, never stored).
    public var verdict: Verdict { rule.combine(subTests) }

    /// How many sub-tests have each verdict, in PASS, FAIL, INCONCLUSIVE order.
    public var tally: [(Verdict, Int)] {
        Verdict.allCases.map { v in (v, subTests.filter { $0.verdict == v }.count) }
    }
}
