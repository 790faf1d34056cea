@testable import Claims
import Foundation
@testable import RunCache
import Testing
@testable import Experiments

@Suite struct ClaimFamilyTests {
    /// t = 2/(1/√3) = 3.464 with n = 3: between t_{0.975,3} = 3.182 and t_{0.975,2} = 4.303, so the
    /// right degrees of freedom (n − 1 = 2) give INCONCLUSIVE; an off-by-one (ν = 3) would give PASS.
    @Test func oneSampleUsesNMinusOneDegreesOfFreedom() {
        let c = SyntheticClaims.oneSample([1, 2, 3], against: 0, .increase)
        #expect(c.df == 2)
        let s = ClaimFamily.evaluate([.comparison(id: SubTestID("x"), rule: "r", c)])
        #expect(s[0].verdict == .inconclusive)
        #expect(s[0].statistic.contains("detectable |Δ| ≥"))
        // The same estimate with one more seed clears the bar: [1, 2, 3, 2] has t = 2/(0.8165/2) = 4.90 > t_{0.975,3}.
        #expect(ClaimFamily.evaluate([.comparison(id: SubTestID("x"), rule: "r", SyntheticClaims.oneSample([1, 2, 3, 2], against: 0, .increase))])[0].verdict == .pass)
        // Against a null value: the same values are below 2.5 ⇒ not PASS for "> 2.5"; FAIL for "> 5".
        #expect(ClaimFamily.evaluate([.comparison(id: SubTestID("x"), rule: "r", SyntheticClaims.oneSample([1, 2, 3, 2], against: 5, .increase))])[0].verdict == .fail)
    }

    /// p ≈ 0.04 alone is PASS at α = 0.05; in a family of two it needs p ≤ 0.025 (Holm's first step).
    @Test func holmInsideTheFamily() {
        let noise: [Double] = [-2, -1, 0, 1, 2, -2, -1, 0, 1, 2]
        let c = SyntheticClaims.oneSample(noise.map { $0 + 1.13 }, against: 0, .increase)
        #expect(c.pValue > 0.025 && c.pValue < 0.05)
        #expect(ClaimFamily.evaluate([.comparison(id: SubTestID("a"), rule: "r", c)])[0].verdict == .pass)
        let null = SyntheticClaims.oneSample(noise, against: 0, .increase)
        let family = ClaimFamily.evaluate([.comparison(id: SubTestID("a"), rule: "r", c), .comparison(id: SubTestID("b"), rule: "r", null)])
        #expect(family.map(\.verdict) == [.inconclusive, .inconclusive])
        #expect(family[0].statistic.contains("Holm-adjusted p = "))
        // A declared sub-test spends no error rate: the family stays at one comparison.
        let declared = SubTest(id: SubTestID("d"), rule: "declared", statistic: "s", verdict: .pass)
        #expect(ClaimFamily.evaluate([.comparison(id: SubTestID("a"), rule: "r", c), .declared(declared)]).map(\.verdict) == [.pass, .pass])
    }

    /// Non-t checks are decided at level 1 − α/k (k = 2: 97.5%); the statistic prints the 95% interval
    /// and says when it has no width.
    @Test func trendLevelIsBonferroniOverTheFamily() {
        let groups: [(x: Double, values: [Double])] = [(1, [1, 1.1]), (2, [2, 2.1]), (3, [3, 3.1])]
        let s = ClaimFamily.evaluate([.trend(id: SubTestID("t"), rule: "r", groups: groups, direction: .increase),
                                      .comparison(id: SubTestID("c"), rule: "r", SyntheticClaims.oneSample([1, 1.1, 0.9], against: 0, .increase))])
        #expect(s[0].statistic.hasPrefix("ρ = 1.000 in every bootstrap resample (no spread, so no interval)"))
        #expect(s[0].verdict == .pass)
        #expect(ClaimFamily.evaluate([.trend(id: SubTestID("t"), rule: "r", groups: groups, direction: .decrease)])[0].verdict == .fail)
    }

    @Test func bandTest() {
        let inside = ClaimFamily.evaluate([.band(id: SubTestID("b"), rule: "r", values: [0.9, 1.0, 1.1, 1.0], low: 0, high: 2)])[0]
        #expect(inside.verdict == .pass)
        #expect(inside.statistic.hasPrefix("mean = 1.000 [95% CI "))
        #expect(ClaimFamily.evaluate([.band(id: SubTestID("b"), rule: "r", values: [2.9, 3.0, 3.1, 3.0], low: 0, high: 2)])[0].verdict == .fail)
        #expect(ClaimFamily.evaluate([.band(id: SubTestID("b"), rule: "r", values: [-2.9, -3.0, -3.1, -3.0], low: 0, high: 2)])[0].verdict == .fail)
        let straddle = ClaimFamily.evaluate([.band(id: SubTestID("b"), rule: "r", values: [1, 3, 2, 2.5], low: 0, high: 2)])[0]
        #expect(straddle.verdict == .inconclusive && straddle.statistic.contains("wide against a band 2.000 wide"))
        #expect(ClaimFamily.evaluate([.band(id: SubTestID("b"), rule: "r", values: [1], low: 0, high: 2)])[0].verdict == .inconclusive)
    }

    @Test func exploratorySubTestsDoNotEnterTheVerdict() {
        let fail = SubTest(id: SubTestID("x"), rule: "r", statistic: "s", verdict: .fail)
        let subs = [SubTest(id: SubTestID("p"), rule: "r", statistic: "s", verdict: .pass)]
            + ClaimFamily.evaluate([.declared(fail)], exploratory: true)
        let claim = PaperClaim(id: ClaimID("c"), section: .fig6, paperSays: "w", reference: "Fig 6", subTests: subs)
        #expect(claim.verdict == .pass)
        #expect(claim.subTests[1].exploratory && claim.confirmatory.count == 1)
        #expect(claim.tally.map(\.1) == [1, 0, 0])
    }

    /// results.json carries the computed verdict; decoding recomputes it from the sub-tests.
    @Test func claimRoundTripsWithItsVerdict() throws {
        let claim = PaperClaim(id: ClaimID("c"), section: .fig2, paperSays: "w", reference: "Fig 2",
                               subTests: [SubTest(id: SubTestID("s"), rule: "r", statistic: "Δ", verdict: .fail)], note: "n")
        let data = CanonicalJSON.encode(claim)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["verdict"] as? String == "FAIL")
        #expect(try CanonicalJSON.decoder.decode(PaperClaim.self, from: data) == claim)
    }
}
