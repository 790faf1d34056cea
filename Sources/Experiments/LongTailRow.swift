import Learning

public struct LongTailRow: Codable, Sendable, Equatable {
    public var rho: Double
    public var accuracyWithout: SeedSummary
    public var accuracyWith: SeedSummary
    public var gapWithout: SeedSummary
    public var gapWith: SeedSummary
    /// Mean per-class accuracy over seeds, classes ordered head → tail by training count.
    public var perClassWithout: [Double]
    public var perClassWith: [Double]
    public var trainCounts: [Int]
    public var perSeedAccuracyWithout: [Double]
    public var perSeedAccuracyWith: [Double]
    public var perSeedGapWithout: [Double]
    public var perSeedGapWith: [Double]
}
