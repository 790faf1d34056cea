import Foundation

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
}
