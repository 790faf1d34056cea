/// What one sub-test read and computed, so that a reader can redo it by hand: the runs behind each
/// arm with one value per seed, the statistic with its 95% interval, the interval that decided and
/// (for t comparisons) the Holm adjustment. Written to `results.json` as the sub-test's `evidence`
/// (absent in files written before `clreport explain`); `clreport explain` and the ledger's
/// "How this verdict was computed" print it (`Reporting.VerdictExplanation`).
///
/// The designs, with x_s the value of seed s in an arm:
///
///     paired:     arms [a, b], d_s = b_s − a_s, Δ = mean(d), Student-t interval over seeds;
///     oneSample:  arms [v],    Δ = mean(v) − μ0 (`reference`), Student-t interval over seeds;
///     trend:      one arm per x, Spearman ρ of x against the arm means, bootstrap over seeds;
///     band:       arms [v],    Student-t interval of mean(v) against [low, high] (`band`).
public struct SubTestEvidence: Codable, Sendable, Equatable {
    public enum Design: String, Codable, Sendable { case paired, oneSample, trend, band }

    /// A point whose runs a sub-test reads: a point of one of the report's sweeps (`sweep` = its
    /// `SweepID` raw value, `series` = its `SeriesKey` description, `x`), or a cell of the long-tail
    /// table (`sweep` = "longtail", `series` = "without" or "with" (pruning), `x` = ρ).
    public struct RunPoint: Codable, Sendable, Equatable, Hashable {
        public var sweep: String
        public var series: String
        public var x: Double
        public init(sweep: String, series: String, x: Double) { self.sweep = sweep; self.series = series; self.x = x }

        /// The long-tail sweep name of `RunPoint.sweep`.
        public static let longTail = "longtail"
    }

    /// One arm: a label in words, the point(s) it reads (several when a per-seed value combines
    /// points, e.g. a spread over the ε_min grid) and one value per seed (NaN: diverged or undefined).
    public struct Arm: Codable, Sendable, Equatable {
        public var label: String
        public var points: [RunPoint]
        public var seeds: [UInt64]
        public var values: [Double]
        /// The x of a trend arm (nil for the arms of a comparison).
        public var x: Double?

        public init(label: String, points: [RunPoint], seeds: [UInt64], values: [Double], x: Double? = nil) {
            precondition(seeds.count == values.count, "SubTestEvidence.Arm \(label): \(seeds.count) seeds for \(values.count) values")
            self.label = label; self.points = points; self.seeds = seeds; self.values = values; self.x = x
        }

        /// Equal field by field, a NaN value equal to a NaN.
        public static func == (a: Arm, b: Arm) -> Bool {
            a.label == b.label && a.points == b.points && a.seeds == b.seeds && SubTestEvidence.same(a.values, b.values) && a.x == b.x
        }
    }

    /// What the caller of `ClaimFamily` knows about a check: its arms and, for a one-sample test, μ0.
    public struct Reads: Sendable, Equatable {
        public var arms: [Arm]
        public var reference: Double?
        public init(arms: [Arm], reference: Double? = nil) { self.arms = arms; self.reference = reference }
    }

    public var design: Design
    public var arms: [Arm]
    public var direction: ClaimedDirection
    /// μ0 of a one-sample test.
    public var reference: Double?
    /// [low, high] of a band test.
    public var band: [Double]?
    /// Δ (comparisons), ρ (trend) or the mean (band).
    public var estimate: Double
    /// Seeds finite in the comparison (trend: the number of x values used).
    public var n: Int
    /// The estimate's 95% interval [low, high].
    public var ci95: [Double]
    /// The confidence level of the interval that decided (a Holm step, or 1 − α/k); nil when not applicable.
    public var level: Double?
    public var interval: [Double]?
    /// Two-sided unadjusted p-value (t comparisons).
    public var p: Double?
    /// Holm-adjusted p-value, rank (1 = smallest p) and family size m, and the family's error rate.
    public var holmP: Double?
    public var holmRank: Int?
    public var holmSize: Int?
    public var holmAlpha: Double?
    /// Set when the verdict was withheld (the long-tail gate): the reason.
    public var withheld: String?

    public init(design: Design, arms: [Arm], direction: ClaimedDirection, estimate: Double, n: Int, ci95: [Double]) {
        self.design = design; self.arms = arms; self.direction = direction; self.estimate = estimate; self.n = n
        self.ci95 = ci95
    }

    /// Equal field by field, a NaN equal to a NaN (a sub-test with an undefined statistic still
    /// equals itself, so claims compare as the values they are).
    public static func == (a: SubTestEvidence, b: SubTestEvidence) -> Bool {
        a.design == b.design && a.arms == b.arms && a.direction == b.direction && same(a.reference, b.reference)
            && same(a.band, b.band) && same(a.estimate, b.estimate) && a.n == b.n && same(a.ci95, b.ci95)
            && same(a.level, b.level) && same(a.interval, b.interval) && same(a.p, b.p) && same(a.holmP, b.holmP)
            && a.holmRank == b.holmRank && a.holmSize == b.holmSize && same(a.holmAlpha, b.holmAlpha) && a.withheld == b.withheld
    }

    static func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let x?, let y?): same(x, y)
        default: false
        }
    }
    static func same(_ a: [Double]?, _ b: [Double]?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let x?, let y?): x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default: false
        }
    }

    /// Every run the sub-test reads, (point, seed), in arm order without repeats.
    public var runs: [(point: RunPoint, seed: UInt64)] {
        var seen = Set<String>(), out: [(point: RunPoint, seed: UInt64)] = []
        for arm in arms { for p in arm.points { for s in arm.seeds where seen.insert("\(p.sweep)|\(p.series)|\(p.x)|\(s)").inserted {
            out.append((p, s))
        } } }
        return out
    }
}
