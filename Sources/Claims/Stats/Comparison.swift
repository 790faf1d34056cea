/// A two-condition comparison of one metric over seeds, Δ = mean(b) − mean(a), with its Student-t
/// confidence interval, two-sided p-value, verdict against the claimed direction and the minimum
/// detectable effect of the design. Built by `Comparison.paired` (same seeds in both conditions) or
/// `Comparison.welch` (independent runs).
public struct Comparison: Codable, Sendable, Equatable {
    public enum Design: String, Codable, Sendable { case paired, welch }

    public var design: Design
    public var direction: ClaimedDirection
    /// The estimate Δ = mean(b) − mean(a) (paired: the mean of the per-seed differences b − a).
    public var estimate: Double
    /// Standard error of Δ (paired: sd/√n; Welch: √(s_a²/n_a + s_b²/n_b)).
    public var standardError: Double
    /// Degrees of freedom of the t reference (paired: n − 1; Welch: Welch–Satterthwaite ν).
    public var df: Double
    /// Paired: number of seeds present and finite in both; Welch: n_a + n_b.
    public var n: Int
    /// Finite values behind each side (paired: both equal `n`).
    public var nA: Int
    public var nB: Int
    /// Paired: sample sd of the differences b − a. Welch: NaN (see `sdA`, `sdB`).
    public var sd: Double
    /// Sample sd of each side (n − 1 in the denominator).
    public var sdA: Double
    public var sdB: Double
    /// Confidence level of [ciLow, ciHigh], e.g. 0.95.
    public var confidence: Double
    public var ciLow: Double
    public var ciHigh: Double
    /// Two-sided p-value of H0: Δ = 0, P(|T_ν| ≥ |Δ/SE|).
    public var pValue: Double
    /// PASS / FAIL / INCONCLUSIVE from the CI against zero in the claimed direction.
    public var verdict: Verdict
    /// Smallest |Δ| this design detects with 80% power in a two-sided test at 1 − `confidence`:
    /// (t_{1−α/2,ν} + t_{0.8,ν}) · SE.
    public var minimumDetectableEffect: Double

    /// Fills CI, p-value, verdict and minimum detectable effect from (Δ, SE, ν):
    ///
    ///     CI = Δ ± t_{1−α/2,ν}·SE,  p = P(|T_ν| ≥ |Δ|/SE),  MDE = (t_{1−α/2,ν} + t_{power,ν})·SE,  α = 1 − confidence.
    ///
    /// SE = 0 with Δ ≠ 0 gives the point interval [Δ, Δ] and p = 0; SE = 0 with Δ = 0 gives p = 1.
    /// A non-finite Δ, SE or ν (too few seeds) gives NaN interval, p and MDE, and INCONCLUSIVE.
    public init(design: Design, direction: ClaimedDirection, estimate: Double, standardError se: Double, df: Double,
         n: Int, nA: Int, nB: Int, sd: Double, sdA: Double, sdB: Double, confidence: Double = 0.95, power: Double = 0.8) {
        precondition(confidence > 0 && confidence < 1, "Comparison: confidence \(confidence) not in (0, 1)")
        precondition(power > 0 && power < 1, "Comparison: power \(power) not in (0, 1)")
        self.design = design; self.direction = direction; self.estimate = estimate; self.standardError = se
        self.df = df; self.n = n; self.nA = nA; self.nB = nB; self.sd = sd; self.sdA = sdA; self.sdB = sdB
        self.confidence = confidence
        let usable = estimate.isFinite && se.isFinite && se >= 0 && df.isFinite && df > 0
        if usable {
            let (low, high) = Comparison.interval(estimate: estimate, standardError: se, df: df, confidence: confidence)
            ciLow = low; ciHigh = high
            if se > 0 {
                pValue = StudentT.twoSidedP(estimate / se, df: df)
            } else {
                pValue = estimate == 0 ? 1 : 0
            }
            let alpha = 1 - confidence
            minimumDetectableEffect = (StudentT.quantile(1 - alpha / 2, df: df) + StudentT.quantile(power, df: df)) * se
        } else {
            ciLow = .nan; ciHigh = .nan; pValue = .nan; minimumDetectableEffect = .nan
        }
        verdict = direction.verdict(low: ciLow, high: ciHigh)
    }

    /// Δ ± t_{(1+confidence)/2, ν} · SE.
    static func interval(estimate: Double, standardError se: Double, df: Double, confidence: Double) -> (Double, Double) {
        let half = StudentT.quantile(0.5 + confidence / 2, df: df) * se
        return (estimate - half, estimate + half)
    }

    /// The same comparison with its interval, verdict and minimum detectable effect at another
    /// confidence level (e.g. a Holm level 1 − α/(m − k + 1)); the p-value does not change.
    public func at(confidence level: Double) -> Comparison {
        Comparison(design: design, direction: direction, estimate: estimate, standardError: standardError, df: df,
                   n: n, nA: nA, nB: nB, sd: sd, sdA: sdA, sdB: sdB, confidence: level)
    }

    /// (mean, sample sd, n) of the finite values; sd NaN below 2 values.
    static func moments(_ v: [Double]) -> (mean: Double, sd: Double, n: Int) {
        let f = v.filter(\.isFinite)
        guard !f.isEmpty else { return (.nan, .nan, 0) }
        let m = f.reduce(0, +) / Double(f.count)
        guard f.count > 1 else { return (m, .nan, 1) }
        let ss = f.reduce(0.0) { $0 + ($1 - m) * ($1 - m) }
        return (m, (ss / Double(f.count - 1)).squareRoot(), f.count)
    }
}
