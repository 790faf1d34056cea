import Foundation
import Learning

/// Small statistics used by the claim checks.
public enum Statistics {
    /// Spearman rank correlation of two equally long sequences (average ranks for ties); NaN when
    /// fewer than 3 points or a sequence is constant.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "spearman: lengths differ")
        guard x.count >= 3 else { return .nan }
        let rx = ranks(x), ry = ranks(y)
        let mx = rx.reduce(0, +) / Double(rx.count), my = ry.reduce(0, +) / Double(ry.count)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in rx.indices {
            sxy += (rx[i] - mx) * (ry[i] - my); sxx += (rx[i] - mx) * (rx[i] - mx); syy += (ry[i] - my) * (ry[i] - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : .nan
    }

    /// Ranks 1…n, ties sharing their average rank.
    public static func ranks(_ v: [Double]) -> [Double] {
        let order = v.indices.sorted { v[$0] < v[$1] || (v[$0] == v[$1] && $0 < $1) }
        var r = [Double](repeating: 0, count: v.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && v[order[j + 1]] == v[order[i]] { j += 1 }
            let avg = Double(i + j) / 2 + 1
            for k in i...j { r[order[k]] = avg }
            i = j + 1
        }
        return r
    }

    /// Difference of means b − a and its standard error √(s_a²/n_a + s_b²/n_b).
    public static func meanDifference(_ a: [Double], _ b: [Double]) -> (diff: Double, se: Double) {
        let fa = a.filter(\.isFinite), fb = b.filter(\.isFinite)
        func ms(_ v: [Double]) -> (Double, Double) {
            let m = v.reduce(0, +) / Double(max(v.count, 1))
            let s2 = v.count > 1 ? v.reduce(0.0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count - 1) : 0
            return (m, s2)
        }
        let (ma, va) = ms(fa), (mb, vb) = ms(fb)
        return (mb - ma, (va / Double(max(fa.count, 1)) + vb / Double(max(fb.count, 1))).squareRoot())
    }

    /// Verdict for "b exceeds a" (direction +1) or "b is below a" (−1) by more than `k` standard
    /// errors: PASS beyond +k·SE in the claimed direction, FAIL beyond k·SE in the other, else
    /// INCONCLUSIVE; INCONCLUSIVE too with fewer than `minSeeds` finite values per side.
    public static func directional(_ a: [Double], _ b: [Double], direction: Double, k: Double,
                                   minSeeds: Int = 2) -> (verdict: Verdict, diff: Double, se: Double) {
        let (d, se) = meanDifference(a, b)
        guard a.filter(\.isFinite).count >= minSeeds, b.filter(\.isFinite).count >= minSeeds, d.isFinite else {
            return (.inconclusive, d, se)
        }
        let z = direction * d
        if z > k * se && z > 0 { return (.pass, d, se) }
        if z < -k * se && z < 0 { return (.fail, d, se) }
        return (.inconclusive, d, se)
    }

    // MARK: The significance rule

    /// How many combined standard errors a difference of means must exceed to count (claim
    /// checks and `clreport diff`).
    public static let significanceFactor = 2.0

    /// Relative floor of the tolerance of ``isSignificantChange(_:_:)``, so that floating-point
    /// noise (another BLAS, another CPU) on a metric with zero spread over seeds does not count.
    public static let relativeFloor = 1e-9

    /// Whether the mean moved beyond the seed spread between two summaries:
    ///
    ///     |mean_B − mean_A| > max(2 · √(SE_A² + SE_B²), 1e-9 · max(|mean_A|, |mean_B|)),  SE = std/√n,
    ///
    /// i.e. roughly a two-sided 95 % test of equal means (the second term only matters when both
    /// spreads are 0). It needs n ≥ 2 finite seeds on both sides (with fewer there is no spread,
    /// so no change can be significant) and finite means and standard deviations. A change between
    /// a finite and a non-finite mean is not decided here (the caller says how to treat it).
    public static func isSignificantChange(_ a: SeedSummary, _ b: SeedSummary) -> Bool {
        guard a.n >= 2, b.n >= 2, a.mean.isFinite, b.mean.isFinite, a.std.isFinite, b.std.isFinite else { return false }
        let spread = significanceFactor * (a.standardError * a.standardError + b.standardError * b.standardError).squareRoot()
        let tolerance = max(spread, relativeFloor * max(abs(a.mean), abs(b.mean)))
        return abs(b.mean - a.mean) > tolerance
    }
}
