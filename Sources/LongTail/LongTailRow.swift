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
    /// Mean accuracy over seeds per frequency rank (0 = head), and the class at each rank per seed
    /// (the assignment is drawn per seed; absent in older results).
    public var perRankWithout: [Double]? = nil
    public var perRankWith: [Double]? = nil
    public var classesByRankPerSeed: [[Int]]? = nil

    public init(rho: Double, accuracyWithout: SeedSummary, accuracyWith: SeedSummary, gapWithout: SeedSummary,
                gapWith: SeedSummary, perClassWithout: [Double], perClassWith: [Double], trainCounts: [Int],
                perSeedAccuracyWithout: [Double], perSeedAccuracyWith: [Double], perSeedGapWithout: [Double],
                perSeedGapWith: [Double], perRankWithout: [Double]? = nil, perRankWith: [Double]? = nil,
                classesByRankPerSeed: [[Int]]? = nil) {
        self.rho = rho; self.accuracyWithout = accuracyWithout; self.accuracyWith = accuracyWith; self.gapWithout = gapWithout
        self.gapWith = gapWith; self.perClassWithout = perClassWithout; self.perClassWith = perClassWith
        self.trainCounts = trainCounts; self.perSeedAccuracyWithout = perSeedAccuracyWithout
        self.perSeedAccuracyWith = perSeedAccuracyWith; self.perSeedGapWithout = perSeedGapWithout
        self.perSeedGapWith = perSeedGapWith; self.perRankWithout = perRankWithout; self.perRankWith = perRankWith
        self.classesByRankPerSeed = classesByRankPerSeed
    }
}
