@testable import Claims
import Foundation
import Testing
@testable import Experiments

@Suite struct ComparisonTests {
    /// d = b − a = [0.5, 0.7, 0.2, 0.9]: Δ = 0.575, sd = √(0.2675/3) = 0.298608, SE = sd/2,
    /// ν = 3, t_{0.975,3} = 3.182446 ⇒ CI [0.099848, 1.050152], p = 0.030915 (by hand / table).
    @Test func pairedIntervalMatchesHandComputation() {
        let c = Comparison.paired(a: [1.0, 2.0, 3.0, 4.0], b: [1.5, 2.7, 3.2, 4.9], direction: .increase)
        #expect(c.n == 4 && c.df == 3)
        #expect(abs(c.estimate - 0.575) < 1e-12)
        #expect(abs(c.sd - 0.298607881) < 1e-8)
        #expect(abs(c.standardError - 0.149303941) < 1e-8)
        #expect(abs(c.ciLow - 0.099848226) < 1e-6)
        #expect(abs(c.ciHigh - 1.050151774) < 1e-6)
        #expect(abs(c.pValue - 0.030915207) < 1e-6)
        #expect(c.verdict == .pass)
        // (t_{0.975,3} + t_{0.8,3}) · SE = (3.182446 + 0.978472) · 0.149304
        #expect(abs(c.minimumDetectableEffect - 0.621241546) < 1e-6)
        #expect(StatLabel.claim(c) == "Δ = 0.575 [95% CI 0.100, 1.050]")
    }

    /// t = 1.9 / (1.290994/2) = 2.943: above t_{0.975,4} = 2.776 but below t_{0.975,3} = 3.182, so an
    /// off-by-one ν (n instead of n − 1) turns this INCONCLUSIVE into a PASS.
    @Test func offByOneDegreesOfFreedomWouldFlipTheVerdict() {
        let c = Comparison.paired(a: [0, 0, 0, 0], b: [0.4, 1.4, 2.4, 3.4], direction: .increase)
        #expect(c.df == 3)
        #expect(c.verdict == .inconclusive)
        #expect(c.ciLow < 0 && c.ciHigh > 0)
        #expect(StatLabel.claimDetail(c) == "Δ = 1.900 [95% CI -0.154, 3.954], n = 4, p = 0.060; detectable |Δ| ≥ 2.686 (80% power)")
    }

    /// No spread or too few seeds: an INCONCLUSIVE comparison names why instead of printing a detectable
    /// effect of 0 or NaN.
    @Test func degenerateComparisonsNameWhyNoEffectSizeExists() {
        let zero = Comparison.paired(a: [0, 0, 0, 0, 0], b: [0, 0, 0, 0, 0], direction: .decrease)
        #expect(zero.verdict == .inconclusive && zero.standardError == 0)
        #expect(StatLabel.claimDetail(zero) == "Δ = 0.000 in every seed (no spread, so no interval), n = 5, p = 1.000; every seed's difference is 0 (no spread, so no detectable effect to state)")
        let shifted = Comparison.paired(a: [1, 2, 3], b: [1, 2, 3], direction: .increase)
        #expect(StatLabel.claimDetail(shifted).hasSuffix("; every seed's difference is 0 (no spread, so no detectable effect to state)"))
        let constant = Comparison.welch(a: [2, 2, 2], b: [2, 2, 2], direction: .increase)
        #expect(StatLabel.claimDetail(constant).hasSuffix("; every seed gives the same value in both conditions (no spread, so no detectable effect to state)"))
        let one = Comparison.paired(a: [1.0, .nan], b: [2.0, 3.0], direction: .increase)
        #expect(StatLabel.claimDetail(one) == "Δ = 1.000 [95% CI NaN, NaN], n = 1, p = NaN; too few seeds finite in both conditions for an interval")
        #expect(!StatLabel.claimDetail(zero).contains("≥") && !StatLabel.claimDetail(one).contains("≥"))
    }

    @Test func verdictFollowsTheClaimedDirection() {
        let a = [1.0, 2.0, 3.0, 4.0, 5.0], up = [1.3, 2.4, 3.2, 4.5, 5.3], same = [1.1, 1.9, 3.05, 3.9, 5.0]
        #expect(Comparison.paired(a: a, b: up, direction: .increase).verdict == .pass)
        #expect(Comparison.paired(a: a, b: up, direction: .decrease).verdict == .fail)
        #expect(Comparison.paired(a: up, b: a, direction: .decrease).verdict == .pass)
        #expect(Comparison.paired(a: up, b: a, direction: .increase).verdict == .fail)
        #expect(Comparison.paired(a: a, b: same, direction: .increase).verdict == .inconclusive)
        // Unpaired, the between-seed spread (1…5) swamps the +0.3 shift: Welch cannot see it.
        #expect(Comparison.welch(a: a, b: up, direction: .increase).verdict == .inconclusive)
    }

    @Test func pairsUseOnlySeedsFiniteInBoth() {
        let a: [UInt64: Double] = [1: 1.0, 2: 2.0, 3: .nan, 4: 4.0, 5: 9.0]
        let b: [UInt64: Double] = [1: 1.5, 2: 2.7, 3: 3.2, 4: 4.9, 6: 1.0]
        let c = Comparison.paired(a: a, b: b, direction: .increase)
        #expect(c.n == 3 && c.df == 2)
        #expect(abs(c.estimate - (0.5 + 0.7 + 0.9) / 3) < 1e-12)
        let one = Comparison.paired(a: [1.0, .nan], b: [2.0, 3.0], direction: .increase)
        #expect(one.n == 1 && one.verdict == .inconclusive && one.ciLow.isNaN && one.minimumDetectableEffect.isNaN)
    }

    /// Welch: SE = √(s_a²/4 + s_b²/5) = 0.719792, ν = 6.300106, p = 0.312573 (SciPy ttest_ind, equal_var=False).
    @Test func welchMatchesReference() {
        let c = Comparison.welch(a: [1.0, 2.2, 0.7, 3.1], b: [1.9, 3.4, 1.1, 3.5, 2.8], direction: .increase)
        #expect(abs(c.estimate - 0.79) < 1e-12)
        #expect(abs(c.standardError - 0.7197916365) < 1e-8)
        #expect(abs(c.df - 6.300106039) < 1e-6)
        #expect(abs(c.pValue - 0.3125729347) < 1e-6)
        #expect(abs(c.ciLow + 0.9511280932) < 1e-6 && abs(c.ciHigh - 2.531128093) < 1e-6)
        #expect(c.verdict == .inconclusive && c.nA == 4 && c.nB == 5)
    }

    @Test func constantDifferencesGiveAPointInterval() {
        let c = Comparison.paired(a: [1, 2, 3], b: [1.5, 2.5, 3.5], direction: .increase)
        #expect(c.ciLow == 0.5 && c.ciHigh == 0.5 && c.pValue == 0 && c.verdict == .pass)
        let z = Comparison.paired(a: [1, 2, 3], b: [1, 2, 3], direction: .increase)
        #expect(z.pValue == 1 && z.verdict == .inconclusive)
    }
}

/// The one interval convention and digits by quantity: a comparison decided at a Holm level prints
/// its 95% interval; steps print as integers, neuron counts with one decimal, with their unit.
@Suite struct QuantityLabelTests {
    @Test func intervalsAre95AndDigitsFollowTheQuantity() {
        let c = Comparison.paired(a: [100, 200, 300, 400], b: [2800, 3100, 2900, 3300], direction: .increase)
        let holmLevel = c.at(confidence: 0.9875)
        let label = StatLabel.claim(holmLevel, .steps)
        #expect(label.hasPrefix("Δ = 2775 steps [95% CI ") && !label.contains("98.75"), "\(label)")
        #expect(StatLabel.claim(holmLevel, .steps) == StatLabel.claim(c, .steps))
        let n = Comparison.paired(a: [1, 2, 3], b: [3, 5, 4], direction: .increase)
        #expect(StatLabel.claim(n, .neurons).hasPrefix("Δ = 2.0 neurons [95% CI "))
        #expect(Metric.specialistsMinority.quantity == .neurons && Metric.maxCosMinority.quantity == .ratio)
    }
}
