import Foundation
import LinearAlgebra

/// Long-tailed subsets of a balanced dataset (as for CIFAR-10-LT / CIFAR-100-LT, Cao et al. 2019):
/// class sizes decay exponentially from `nMax` down to `nMax / ρ`.
public enum LongTail {
    /// The RNG stream used to permute the class order.
    static let classOrderStream: UInt64 = 0x4C54_434C   // "LTCL"
    /// The RNG stream used to choose the kept images.
    static let imageStream: UInt64 = 0x4C54_494D        // "LTIM"

    /// Target class sizes by rank: rank c (0 = largest) keeps
    ///
    ///     n_c = max(1, ⌊nMax · ρ^(−c/(C−1))⌋),   c = 0 … C−1,
    ///
    /// so n_0 = nMax and n_{C−1} = ⌊nMax/ρ⌋. ρ = 1 gives a balanced set; C = 1 gives [nMax].
    /// The floor is taken after multiplying by (1 + 1e-12) so that exact values such as
    /// 6000·10^(−1) = 600 are not lost to rounding.
    public static func classCounts(nMax: Int, rho: Double, classCount: Int) -> [Int] {
        precondition(nMax >= 1, "LongTail.classCounts: nMax must be ≥ 1, got \(nMax)")
        precondition(rho >= 1 && rho.isFinite, "LongTail.classCounts: ρ must be a finite number ≥ 1, got \(rho)")
        precondition(classCount >= 1, "LongTail.classCounts: classCount must be ≥ 1, got \(classCount)")
        if classCount == 1 { return [nMax] }
        return (0..<classCount).map { c in
            let x = Double(nMax) * pow(rho, -Double(c) / Double(classCount - 1))
            return max(1, Int((x * (1 + 1e-12)).rounded(.down)))
        }
    }

    /// The rank of each class in the long-tailed order (rank 0 keeps the most images).
    ///
    /// Seed 0 gives the identity (class 0 is the head, class C−1 the tail), the usual CIFAR-LT
    /// convention; any other seed shuffles the order with `SeededRNG(seed:, stream: classOrderStream)`.
    public static func classRanks(classCount: Int, seed: UInt64) -> [Int] {
        var order = Array(0..<classCount)          // order[rank] = class
        if seed != 0 {
            var rng = SeededRNG(seed: seed, stream: classOrderStream)
            rng.shuffle(&order)
        }
        var rank = [Int](repeating: 0, count: classCount)
        for (r, c) in order.enumerated() { rank[c] = r }
        return rank
    }

    /// A long-tailed subset of `data` with imbalance ratio ρ.
    ///
    /// The class of rank r (see `classRanks`) keeps `min(available, classCounts(...)[r])` images,
    /// chosen uniformly without replacement by `SeededRNG(seed:, stream: imageStream)`; the kept
    /// images stay in their original order. `nMax` defaults to the size of the smallest class, so
    /// every class can supply its target.
    ///
    /// - Returns: the subset and, indexed by original class, the number of images kept.
    public static func subsample(_ data: LabeledImages, rho: Double, nMax: Int? = nil, seed: UInt64) -> (data: LabeledImages, countsPerClass: [Int]) {
        let classCount = data.classCount
        var members = [[Int]](repeating: [], count: classCount)
        for (i, y) in data.labels.enumerated() {
            precondition(y >= 0 && y < classCount, "LongTail.subsample: label \(y) out of 0..<\(classCount)")
            members[y].append(i)
        }
        let available = members.map(\.count)
        let top = nMax ?? max(1, available.min() ?? 1)
        let targets = classCounts(nMax: top, rho: rho, classCount: classCount)
        let rank = classRanks(classCount: classCount, seed: seed)
        var rng = SeededRNG(seed: seed, stream: imageStream)
        var kept = [Int]()
        var counts = [Int](repeating: 0, count: classCount)
        for c in 0..<classCount {
            var idx = members[c]
            let k = min(idx.count, targets[rank[c]])
            // Partial Fisher–Yates: the first k positions become a uniform sample.
            for i in 0..<k {
                idx.swapAt(i, i + rng.int(below: idx.count - i))
            }
            kept.append(contentsOf: idx[0..<k])
            counts[c] = k
        }
        kept.sort()
        return (data.subset(kept), counts)
    }
}
