extension Comparison {
    /// Unpaired comparison (runs that do not share seeds), Welch's t on the finite values:
    ///
    ///     Δ = mean(b) − mean(a),  SE = √(s_a²/n_a + s_b²/n_b),
    ///     ν = SE⁴ / ((s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1))   (Welch–Satterthwaite),
    ///     CI = Δ ± t_{0.975,ν}·SE,  p = P(|T_ν| ≥ |Δ|/SE).
    ///
    /// Both variances zero ⇒ ν = n_a + n_b − 2. Fewer than 2 finite values on a side ⇒ INCONCLUSIVE.
    public static func welch(a: [Double], b: [Double], direction: ClaimedDirection,
                             confidence: Double = 0.95) -> Comparison {
        let (ma, sa, na) = moments(a), (mb, sb, nb) = moments(b)
        var se = Double.nan, df = Double.nan
        if na >= 2 && nb >= 2 {
            let va = sa * sa / Double(na), vb = sb * sb / Double(nb)
            se = (va + vb).squareRoot()
            let denominator = va * va / Double(na - 1) + vb * vb / Double(nb - 1)
            df = denominator > 0 ? (va + vb) * (va + vb) / denominator : Double(na + nb - 2)
        }
        return Comparison(design: .welch, direction: direction, estimate: mb - ma, standardError: se, df: df,
                          n: na + nb, nA: na, nB: nb, sd: .nan, sdA: sa, sdB: sb, confidence: confidence)
    }
}
