/// How a paper claim combines its sub-tests' verdicts into one verdict. Declared with the claim,
/// before any run. Every rule gives INCONCLUSIVE for a claim without sub-tests.
public enum CombinationRule: Codable, Sendable, Equatable {
    /// PASS if all sub-tests PASS; FAIL if any FAILs; else INCONCLUSIVE.
    case allPass
    /// PASS if at least `k` sub-tests PASS and none FAILs; FAIL if any FAILs; else INCONCLUSIVE.
    case atLeast(Int)
    /// PASS if all PASS; FAIL only if a majority (more than half) FAIL; else INCONCLUSIVE.
    case majorityFails
    /// The verdict of the named sub-test; the others are reported as supporting evidence only.
    /// INCONCLUSIVE when no sub-test has that id.
    case primary(SubTestID)

    /// The rule in words, as the report prints it.
    public var description: String {
        switch self {
        case .allPass: "PASS if all sub-tests PASS; FAIL if any FAILs; else INCONCLUSIVE."
        case .atLeast(let k): "PASS if at least \(k) sub-test\(k == 1 ? "" : "s") PASS and none FAILs; FAIL if any FAILs; else INCONCLUSIVE."
        case .majorityFails: "PASS if all sub-tests PASS; FAIL if more than half FAIL; else INCONCLUSIVE."
        case .primary(let id): "The verdict of sub-test \(id); the other sub-tests are supporting evidence."
        }
    }

    /// Combines the verdicts of `subTests` by this rule.
    public func combine(_ subTests: [SubTest]) -> Verdict {
        guard !subTests.isEmpty else { return .inconclusive }
        let verdicts = subTests.map(\.verdict)
        let passes = verdicts.filter { $0 == .pass }.count, fails = verdicts.filter { $0 == .fail }.count
        switch self {
        case .allPass:
            return fails > 0 ? .fail : (passes == verdicts.count ? .pass : .inconclusive)
        case .atLeast(let k):
            precondition(k >= 1, "CombinationRule.atLeast: k = \(k) must be ≥ 1")
            return fails > 0 ? .fail : (passes >= k ? .pass : .inconclusive)
        case .majorityFails:
            return 2 * fails > verdicts.count ? .fail : (passes == verdicts.count ? .pass : .inconclusive)
        case .primary(let id):
            return subTests.first { $0.id == id }?.verdict ?? .inconclusive
        }
    }
}
