/// The weight-based metrics of one weight matrix (SPEC §6), majority and minority side by side.
public struct WeightMetrics: Codable, Sendable, Equatable {
    public var alignedMinority: Double
    public var alignedMajority: Double
    public var specialistsMinority: Double
    public var specialistsMajority: Double
    public var maxCosMinority: Double
    public var maxCosMajority: Double
    public var coefMinority: Double
    public var coefMajority: Double

    public init(alignedMinority: Double, alignedMajority: Double, specialistsMinority: Double, specialistsMajority: Double,
                maxCosMinority: Double, maxCosMajority: Double, coefMinority: Double, coefMajority: Double) {
        self.alignedMinority = alignedMinority; self.alignedMajority = alignedMajority
        self.specialistsMinority = specialistsMinority; self.specialistsMajority = specialistsMajority
        self.maxCosMinority = maxCosMinority; self.maxCosMajority = maxCosMajority
        self.coefMinority = coefMinority; self.coefMajority = coefMajority
    }

    /// The value of one of the eight metrics.
    public subscript(_ metric: WeightMetric) -> Double {
        switch metric {
        case .alignedMinority: alignedMinority
        case .alignedMajority: alignedMajority
        case .specialistsMinority: specialistsMinority
        case .specialistsMajority: specialistsMajority
        case .maxCosMinority: maxCosMinority
        case .maxCosMajority: maxCosMajority
        case .coefMinority: coefMinority
        case .coefMajority: coefMajority
        }
    }

    /// All NaN (a diverged run).
    public static let nan = WeightMetrics(alignedMinority: .nan, alignedMajority: .nan, specialistsMinority: .nan,
                                          specialistsMajority: .nan, maxCosMinority: .nan, maxCosMajority: .nan,
                                          coefMinority: .nan, coefMajority: .nan)

    /// The metrics of `alignment` for the feature groups `majority` and `minority` at cosine threshold θ:
    /// aligned = #{i : max_{j∈G} cos_ij ≥ θ}, specialists = #{i : argmax_j cos_ij ∈ G, cos ≥ θ},
    /// max-cos = mean_{j∈G} max_i cos_ij, coefficient = mean_{j∈G} max_i |⟨w_i, M_j⟩|.
    public init(_ a: Alignment, majority: Range<Int>, minority: Range<Int>, threshold theta: Double) {
        self.init(alignedMinority: Double(a.alignedCount(features: minority, threshold: theta)),
                  alignedMajority: Double(a.alignedCount(features: majority, threshold: theta)),
                  specialistsMinority: Double(a.specialistCount(features: minority, threshold: theta)),
                  specialistsMajority: Double(a.specialistCount(features: majority, threshold: theta)),
                  maxCosMinority: a.meanMaxCosine(features: minority), maxCosMajority: a.meanMaxCosine(features: majority),
                  coefMinority: a.meanMaxMagnitude(features: minority), coefMajority: a.meanMaxMagnitude(features: majority))
    }
}
