@testable import Claims
import Foundation
import Testing

@Suite struct PaperClaimTests {
    func subTests(_ verdicts: [Verdict]) -> [SubTest] {
        verdicts.enumerated().map { SubTest(id: SubTestID("s\($0.offset)"), rule: "declared", statistic: "Δ", verdict: $0.element) }
    }
    func verdict(_ rule: CombinationRule, _ verdicts: [Verdict]) -> Verdict {
        PaperClaim(id: ClaimID("c"), section: .fig6, paperSays: "words", reference: "Fig 6", subTests: subTests(verdicts), rule: rule).verdict
    }

    @Test func allPass() {
        #expect(verdict(.allPass, [.pass, .pass, .pass]) == .pass)
        #expect(verdict(.allPass, [.pass, .inconclusive, .pass]) == .inconclusive)
        #expect(verdict(.allPass, [.pass, .fail, .pass]) == .fail)
        #expect(verdict(.allPass, [.inconclusive, .fail]) == .fail)
        #expect(verdict(.allPass, []) == .inconclusive)
    }

    @Test func atLeast() {
        #expect(verdict(.atLeast(2), [.pass, .inconclusive, .pass]) == .pass)
        #expect(verdict(.atLeast(2), [.pass, .inconclusive, .inconclusive]) == .inconclusive)
        #expect(verdict(.atLeast(1), [.pass, .fail]) == .fail)
        #expect(verdict(.atLeast(1), []) == .inconclusive)
    }

    @Test func majorityFails() {
        #expect(verdict(.majorityFails, [.pass, .pass]) == .pass)
        #expect(verdict(.majorityFails, [.pass, .fail, .pass]) == .inconclusive)
        #expect(verdict(.majorityFails, [.fail, .fail, .pass]) == .fail)
        #expect(verdict(.majorityFails, [.fail, .pass]) == .inconclusive)  // half is not a majority
    }

    @Test func primary() {
        #expect(verdict(.primary(SubTestID("s1")), [.fail, .pass, .fail]) == .pass)
        #expect(verdict(.primary(SubTestID("s0")), [.fail, .pass]) == .fail)
        #expect(verdict(.primary(SubTestID("missing")), [.pass]) == .inconclusive)
    }

    @Test func tallyAndDescriptions() {
        let c = PaperClaim(id: ClaimID("c"), section: .fig6, paperSays: "w", reference: "Lemma 3.1", subTests: subTests([.pass, .fail, .pass, .inconclusive]))
        #expect(c.tally.map(\.1) == [2, 1, 1])
        #expect(c.rule == .allPass && c.verdict == .fail)
        #expect(CombinationRule.atLeast(1).description == "PASS if at least 1 sub-test PASS and none FAILs; FAIL if any FAILs; else INCONCLUSIVE.")
        #expect(CombinationRule.allPass.description == "PASS if all sub-tests PASS; FAIL if any FAILs; else INCONCLUSIVE.")
    }

    @Test func subTestsFromStatistics() {
        let c = Comparison.paired(a: [1.0, 2.0, 3.0, 4.0], b: [1.5, 2.7, 3.2, 4.9], direction: .increase)
        let s = SubTest(id: SubTestID("x"), rule: "r", comparison: c)
        #expect(s.verdict == .pass)
        #expect(s.statistic == "Δ = 0.575 [95% CI 0.100, 1.050], n = 4, p = 0.031")
        let down = SubTest(id: SubTestID("y"), rule: "r", comparison: Comparison.paired(a: [1.0, 2.0, 3.0, 4.0], b: [1.5, 2.7, 3.2, 4.9], direction: .decrease))
        #expect(down.verdict == .fail)
        let f = HolmFamily([c, c])
        let h = SubTest(id: SubTestID("h"), rule: "r", holm: f.members[0])
        // A Holm member prints its 95% interval (the one convention) and its adjusted p, which decides.
        #expect(h.statistic.hasPrefix("Δ = 0.575 [95% CI 0.100, 1.050], n = 4, p = 0.031") && h.statistic.hasSuffix("Holm-adjusted p = 0.062"))
        #expect(h.verdict == .inconclusive)
        let claim = PaperClaim(id: ClaimID("p"), section: .fig6, paperSays: "w", reference: "Fig 6", subTests: [s, h])
        #expect(claim.verdict == .inconclusive)
        let data = try! JSONEncoder().encode(claim)
        #expect(try! JSONDecoder().decode(PaperClaim.self, from: data) == claim)
    }
}
