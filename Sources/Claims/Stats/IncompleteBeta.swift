import Foundation

/// The regularised incomplete beta function, the building block of the Student-t distribution.
enum IncompleteBeta {
    /// I_x(a, b) = B(x; a, b) / B(a, b) = (1/B(a, b)) ∫₀ˣ u^(a−1) (1 − u)^(b−1) du, for a, b > 0, 0 ≤ x ≤ 1.
    ///
    /// Evaluated with its continued fraction (modified Lentz), using the symmetry
    /// I_x(a, b) = 1 − I_{1−x}(b, a) on the side where the fraction converges fast (x < (a+1)/(a+b+2)):
    ///
    ///     I_x(a, b) = xᵃ (1−x)ᵇ / (a B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …)))
    ///     d₂ₘ₊₁ = −(a+m)(a+b+m) x / ((a+2m)(a+2m+1)),  d₂ₘ = m(b−m) x / ((a+2m−1)(a+2m)).
    static func regularized(x: Double, a: Double, b: Double) -> Double {
        precondition(a > 0 && b > 0, "IncompleteBeta: need a, b > 0, got a=\(a), b=\(b)")
        precondition(x >= 0 && x <= 1, "IncompleteBeta: need 0 ≤ x ≤ 1, got \(x)")
        if x == 0 { return 0 }
        if x == 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x: x, a: a, b: b) / a
        }
        return 1 - exp(logFront) * continuedFraction(x: 1 - x, a: b, b: a) / b
    }

    /// The continued fraction 1/(1 + d₁/(1 + d₂/(1 + …))) by the modified Lentz method.
    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-16
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var f = d
        for m in 1...10_000 {
            let md = Double(m)
            // Even step d₂ₘ.
            var term = md * (b - md) * x / ((a + 2 * md - 1) * (a + 2 * md))
            d = 1 + term * d; if abs(d) < tiny { d = tiny }
            c = 1 + term / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            f *= d * c
            // Odd step d₂ₘ₊₁.
            term = -(a + md) * (a + b + md) * x / ((a + 2 * md) * (a + 2 * md + 1))
            d = 1 + term * d; if abs(d) < tiny { d = tiny }
            c = 1 + term / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            f *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return f
    }
}
