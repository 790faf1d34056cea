@testable import Claims
import Foundation
import Testing

@Suite struct SpearmanTrendTests {
    typealias Group = (x: Double, values: [Double])
    static func g(_ x: Double, _ values: [Double]) -> Group { (x, values) }

    /// Means [1, 3, 2, 4] at x = 1…4: rank differences d = [0, 1, 1, 0], ρ = 1 − 6·2/(4·15) = 0.8.
    /// With one seed per x every resample is the data itself, so the interval is [0.8, 0.8].
    @Test func rhoByHand() {
        let t = SpearmanTrend(groups: [Self.g(1, [1]), Self.g(2, [3]), Self.g(3, [2]), Self.g(4, [4])], resamples: 50)
        #expect(abs(t.rho - 0.8) < 1e-12)
        #expect(abs(t.low - 0.8) < 1e-12 && abs(t.high - 0.8) < 1e-12)
        #expect(t.points == 4)
        // Ties share their average rank: means [1, 1, 2] → ranks [1.5, 1.5, 3], ρ = 1.5/√3.
        let tie = SpearmanTrend(groups: [Self.g(1, [0.5, 1.5]), Self.g(2, [1, .nan]), Self.g(3, [2])], resamples: 10)
        #expect(abs(tie.rho - 1.5 / 3.0.squareRoot()) < 1e-12)
        #expect(SpearmanTrend(groups: [Self.g(1, [1]), Self.g(2, [.nan]), Self.g(3, [2])]).rho.isNaN)
    }

    static let rising: [Group] = (0..<5).map { i in
        let values: [Double] = (0..<5).map { s in Double(i) + 0.3 * sin(Double(7 * i + 3 * s)) }
        return g(Double(i), values)
    }
    static let flat: [Group] = (0..<5).map { i in
        let values: [Double] = (0..<5).map { s in sin(Double(11 * i + 5 * s + 1)) }
        return g(Double(i), values)
    }

    @Test func bootstrapIsDeterministic() {
        let a = SpearmanTrend(groups: Self.flat, resamples: 300, seed: 7)
        let b = SpearmanTrend(groups: Self.flat, resamples: 300, seed: 7)
        #expect(a == b)
        #expect(a.low < a.high)  // noisy groups: the resamples do vary
    }

    @Test func trendVerdicts() {
        let up = SpearmanTrend(groups: Self.rising, resamples: 500)
        #expect(up.rho == 1)
        #expect(up.verdict(.increase) == .pass)
        #expect(up.verdict(.decrease) == .fail)
        #expect(up.verdict(.increase, margin: 0.5) == .pass)
        let down = SpearmanTrend(groups: Self.rising.map { Self.g($0.x, $0.values.map { -$0 }) }, resamples: 500)
        #expect(down.verdict(.decrease) == .pass && down.verdict(.increase) == .fail)
        let none = SpearmanTrend(groups: Self.flat, resamples: 500)
        #expect(none.verdict(.increase) == .inconclusive && none.verdict(.decrease) == .inconclusive)
        #expect(StatLabel.trend(up) == "ρ = 1.000 in every bootstrap resample (no spread, so no interval)")
    }

    @Test func tableLabel() {
        #expect(StatLabel.table(mean: 0.41234, sd: 0.0312, n: 5) == "0.412 ± 0.031 (5)")
        #expect(StatLabel.table(mean: .nan, sd: .nan, n: 0) == "NaN (0)")
        #expect(StatLabel.pValue(0.0004) == "< 0.001" && StatLabel.pValue(.nan) == "NaN")
        #expect(StatLabel.level(0.95) == "95%" && StatLabel.level(0.9875) == "98.75%")
    }
}
