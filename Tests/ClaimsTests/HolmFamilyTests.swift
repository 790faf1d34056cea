@testable import Claims
import Foundation
import Testing

@Suite struct HolmFamilyTests {
    /// p = [0.01, 0.04, 0.03, 0.005], m = 4. Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06,
    /// 0.04·1 = 0.04 → max(0.06, 0.04) = 0.06. In input order: [0.03, 0.06, 0.06, 0.02].
    @Test func adjustedPValuesByHand() {
        let r = HolmFamily.adjust([0.01, 0.04, 0.03, 0.005])
        let expected = [0.03, 0.06, 0.06, 0.02]
        for i in 0..<4 { #expect(abs(r[i].adjusted - expected[i]) < 1e-15) }
        #expect(r.map(\.rank) == [2, 4, 3, 1])
        // NaN counts as p = 1 and caps at 1.
        let n = HolmFamily.adjust([0.3, .nan])
        #expect(abs(n[0].adjusted - 0.6) < 1e-15 && n[1].adjusted == 1)
    }

    /// A comparison whose two-sided p-value is `p` and whose estimate has sign `sign`.
    func comparison(p: Double, sign: Double, direction: ClaimedDirection = .increase) -> Comparison {
        let t = StudentT.quantile(1 - p / 2, df: 4)
        return Comparison(design: .paired, direction: direction, estimate: sign * t, standardError: 1, df: 4,
                          n: 5, nA: 5, nB: 5, sd: 5.0.squareRoot(), sdA: 1, sdB: 1)
    }

    @Test func familyVerdicts() {
        // Raw p 0.001, 0.04, 0.03 are all < 0.05, but Holm keeps only the first: adjusted 0.003, 0.06, 0.06.
        let f = HolmFamily([comparison(p: 0.001, sign: 1), comparison(p: 0.04, sign: 1), comparison(p: 0.03, sign: 1)])
        #expect(f.verdicts == [.pass, .inconclusive, .inconclusive])
        // Each member's own interval is at its step's level: 0.04 (rank 3, 95%) excludes zero although Holm
        // stopped at 0.03 (rank 2, 97.5%) — the documented step-down case.
        #expect(f.members.map { $0.comparison.verdict } == [.pass, .pass, .inconclusive])
        #expect(abs(f.members[1].adjustedP - 0.06) < 1e-9)
        // A rejected effect in the opposite direction is a FAIL.
        let g = HolmFamily([comparison(p: 0.001, sign: -1), comparison(p: 0.002, sign: 1), comparison(p: 0.5, sign: 1)])
        #expect(g.verdicts == [.fail, .pass, .inconclusive])
        let h = HolmFamily([comparison(p: 0.001, sign: -1, direction: .decrease)])
        #expect(h.verdicts == [.pass])
    }

    @Test func intervalsAreAtTheHolmStepLevel() {
        let f = HolmFamily([comparison(p: 0.02, sign: 1), comparison(p: 0.001, sign: 1), comparison(p: 0.3, sign: 1)])
        // Ranks: 0.001 → 1 (level 1 − 0.05/3), 0.02 → 2 (1 − 0.05/2), 0.3 → 3 (0.95).
        #expect(f.members.map(\.rank) == [2, 1, 3])
        #expect(abs(f.members[0].comparison.confidence - 0.975) < 1e-15)
        #expect(abs(f.members[1].comparison.confidence - (1 - 0.05 / 3)) < 1e-15)
        #expect(abs(f.members[2].comparison.confidence - 0.95) < 1e-15)
        // p = 0.02 < 0.025: its 97.5% interval excludes zero, and Holm rejects it (adjusted 0.04).
        #expect(f.members[0].comparison.ciLow > 0 && f.verdicts[0] == .pass)
        #expect(StatLabel.level(f.members[1].comparison.confidence) == "98.33%")
    }
}
