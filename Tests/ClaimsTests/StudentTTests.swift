@testable import Claims
import Foundation
import Testing

@Suite struct StudentTTests {
    /// Two-sided 95% and 99% critical values from a t table (6 decimals).
    static let table: [(df: Double, q975: Double, q995: Double)] = [
        (1, 12.706205, 63.656741), (2, 4.302653, 9.924843), (4, 2.776445, 4.604095),
        (9, 2.262157, 3.249836), (29, 2.045230, 2.756386),
    ]

    @Test(arguments: table)
    func quantilesMatchTheTable(row: (df: Double, q975: Double, q995: Double)) {
        #expect(abs(StudentT.quantile(0.975, df: row.df) - row.q975) < 1e-6)
        #expect(abs(StudentT.quantile(0.995, df: row.df) - row.q995) < 1e-6)
        #expect(abs(StudentT.quantile(0.025, df: row.df) + row.q975) < 1e-6)
        // The table values sit where the CDF says they should (table rounding is ≤ 5e-7 in t).
        #expect(abs(StudentT.cdf(row.q975, df: row.df) - 0.975) < 1e-6)
    }

    @Test func closedFormsForOneAndTwoDegreesOfFreedom() {
        for t in [-30.0, -2.5, -0.3, 0, 0.7, 1.9, 12] {
            // ν = 1 (Cauchy): F(t) = ½ + atan(t)/π.   ν = 2: F(t) = ½ + t / (2√(2 + t²)).
            #expect(abs(StudentT.cdf(t, df: 1) - (0.5 + atan(t) / Double.pi)) < 1e-12)
            #expect(abs(StudentT.cdf(t, df: 2) - (0.5 + t / (2 * (2 + t * t).squareRoot()))) < 1e-12)
        }
        for p in [0.6, 0.9, 0.99, 0.9999] {
            #expect(abs(StudentT.quantile(p, df: 1) - tan(Double.pi * (p - 0.5))) < 1e-8 * max(1, tan(Double.pi * (p - 0.5))))
        }
    }

    @Test func nonIntegerDegreesOfFreedomAndTails() {
        // Reference values from an independent implementation (SciPy stats.t).
        #expect(abs(StudentT.cdf(1.5, df: 3.5) - 0.8910909064923275) < 1e-9)
        #expect(abs(StudentT.cdf(-0.7, df: 12) - 0.24863707689535378) < 1e-9)
        #expect(abs(StudentT.cdf(4, df: 100) - 0.9999392381778496) < 1e-9)
        #expect(abs(StudentT.quantile(0.9, df: 2.5) - 1.7302509288071766) < 1e-8)
        #expect(abs(StudentT.quantile(0.8, df: 3) - 0.9784723123633042) < 1e-8)
        #expect(StudentT.cdf(0, df: 7) == 0.5)
        #expect(abs(StudentT.twoSidedP(2.262157, df: 9) - 0.05) < 1e-6)
    }
}
