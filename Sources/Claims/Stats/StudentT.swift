import Foundation

/// Student's t distribution with ν > 0 degrees of freedom (ν need not be an integer: Welch's ν is not).
public enum StudentT {
    /// F_ν(t) = P(T ≤ t). With x = ν / (ν + t²), the tail P(T > |t|) = ½ I_x(ν/2, ½), so
    /// F_ν(t) = 1 − ½ I_x(ν/2, ½) for t ≥ 0 and ½ I_x(ν/2, ½) for t < 0.
    public static func cdf(_ t: Double, df: Double) -> Double {
        precondition(df > 0, "StudentT.cdf: need df > 0, got \(df)")
        if t.isNaN { return .nan }
        if t == .infinity { return 1 }
        if t == -.infinity { return 0 }
        let tail = 0.5 * IncompleteBeta.regularized(x: df / (df + t * t), a: df / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// Two-sided p-value of an observed t: P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½).
    public static func twoSidedP(_ t: Double, df: Double) -> Double {
        precondition(df > 0, "StudentT.twoSidedP: need df > 0, got \(df)")
        if t.isNaN { return .nan }
        if t.isInfinite { return 0 }
        return IncompleteBeta.regularized(x: df / (df + t * t), a: df / 2, b: 0.5)
    }

    /// The quantile t_{p,ν}: the t with F_ν(t) = p, for 0 < p < 1. Symmetric (t_{1−p} = −t_p); found by
    /// bracketing and bisection on F_ν to |Δt| ≤ 1e-12·max(1, |t|), so it is as accurate as the CDF.
    public static func quantile(_ p: Double, df: Double) -> Double {
        precondition(df > 0, "StudentT.quantile: need df > 0, got \(df)")
        precondition(p > 0 && p < 1, "StudentT.quantile: need 0 < p < 1, got \(p)")
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, df: df) }
        var lo = 0.0, hi = 1.0
        while cdf(hi, df: df) < p { lo = hi; hi *= 2 }
        for _ in 0..<400 {
            let mid = 0.5 * (lo + hi)
            if cdf(mid, df: df) < p { lo = mid } else { hi = mid }
            if hi - lo <= 1e-12 * max(1, hi) { break }
        }
        return 0.5 * (lo + hi)
    }
}
