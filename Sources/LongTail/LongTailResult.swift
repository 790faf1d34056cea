/// The outcome of one seeded long-tailed run. Accuracies are fractions in [0, 1]; a diverged run
/// (non-finite training loss) has `diverged = true` and NaN metrics, and is kept, never dropped.
public struct LongTailResult: Codable, Sendable, Equatable {
    public var seed: UInt64
    public var diverged: Bool
    /// Linear-probe accuracy on the test set.
    public var accuracy: Double
    /// Test accuracy per class, indexed by class.
    public var perClassAccuracy: [Double]
    /// LT training images per class (n_c), indexed by class.
    public var trainCounts: [Int]
    /// Δ20: mean accuracy of the 20% most frequent classes minus that of the 20% least frequent.
    public var headTailGap: Double
    /// Mean InfoNCE loss over the last 10% of the steps (NaN if diverged).
    public var finalLoss: Double
    /// The class-to-frequency assignment of this seed: `classesByRank[r]` is the class with the
    /// r-th largest training count (0 = head).
    public var classesByRank: [Int]

    public init(seed: UInt64, diverged: Bool, accuracy: Double, perClassAccuracy: [Double], trainCounts: [Int],
                headTailGap: Double, finalLoss: Double, classesByRank: [Int]) {
        self.seed = seed; self.diverged = diverged; self.accuracy = accuracy; self.perClassAccuracy = perClassAccuracy
        self.trainCounts = trainCounts; self.headTailGap = headTailGap; self.finalLoss = finalLoss
        self.classesByRank = classesByRank
    }

    /// Test accuracy of the class at each frequency rank (0 = head), NaN-safe.
    public var perRankAccuracy: [Double] {
        classesByRank.map { $0 < perClassAccuracy.count ? perClassAccuracy[$0] : .nan }
    }

    /// NaN-aware equality: two NaNs in the same place are equal (so a diverged run equals itself,
    /// and cached results compare equal to fresh ones).
    public static func == (a: LongTailResult, b: LongTailResult) -> Bool {
        func same(_ x: Double, _ y: Double) -> Bool { x == y || (x.isNaN && y.isNaN) }
        return a.seed == b.seed && a.diverged == b.diverged && same(a.accuracy, b.accuracy)
            && a.perClassAccuracy.count == b.perClassAccuracy.count
            && zip(a.perClassAccuracy, b.perClassAccuracy).allSatisfy { same($0, $1) }
            && a.trainCounts == b.trainCounts && same(a.headTailGap, b.headTailGap) && same(a.finalLoss, b.finalLoss)
            && a.classesByRank == b.classesByRank
    }
}
