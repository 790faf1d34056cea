import LinearAlgebra

/// Magnitude pruning masks (SPEC §5, Algorithm 1). A mask holds 1 for kept and 0 for pruned weights
/// of W (m × d1); exactly ⌊α·count⌋ units are pruned, the smallest by magnitude, ties broken by
/// lower index first so the mask is deterministic.
///
///     neuron: prune the ⌊α·m⌋ rows with the smallest ‖w_i‖₂ (rank by norm)
///     weight: prune the ⌊α·m·d1⌋ entries with the smallest |W_ik| (global ranking)
public struct PruningMask: Sendable {
    public let granularity: PruneGranularity
    public let ratio: Double
    /// m × d1 mask of 0/1.
    public private(set) var mask: Matrix
    /// Magnitudes of the units (m or m·d1 floats), and a copy that quickselect may reorder; both
    /// kept so that a refresh does not allocate.
    private var scratch: [Float]
    private var work: [Float]
    /// 0/1 per row (`neuron` granularity).
    private var rowKeep: [Float]

    public init(granularity: PruneGranularity, ratio: Double, neurons m: Int, ambientDim d1: Int) {
        precondition(ratio >= 0 && ratio < 1, "PruningMask: ratio \(ratio) outside [0, 1)")
        self.granularity = granularity
        self.ratio = ratio
        mask = Matrix(rows: m, cols: d1, repeating: 1)
        scratch = [Float](repeating: 0, count: granularity == .weight ? m * d1 : m)
        work = scratch
        rowKeep = [Float](repeating: 1, count: granularity == .neuron ? m : 0)
    }

    /// Number of pruned units (rows for `neuron`, entries for `weight`).
    public var prunedCount: Int {
        let units = granularity == .neuron ? mask.rows : mask.count
        return Int((ratio * Double(units)).rounded(.down))
    }

    /// Recomputes the mask from the magnitudes of `w`.
    public mutating func refresh(from w: Matrix) {
        precondition(w.rows == mask.rows && w.cols == mask.cols, "PruningMask: shape mismatch")
        let m = w.rows, d1 = w.cols, k = prunedCount
        switch granularity {
        case .neuron:
            // ‖w_i‖² per row, then flag the k smallest rows and broadcast along the row.
            w.data.withUnsafeBufferPointer { pw in
                for i in 0..<m {
                    var s: Float = 0
                    for c in 0..<d1 { let v = pw[i * d1 + c]; s += v * v }
                    scratch[i] = s
                }
            }
            PruningMask.flagSmallest(k, of: scratch, work: &work, count: m, into: &rowKeep)
            mask.data.withUnsafeMutableBufferPointer { pm in
                for i in 0..<m { (pm.baseAddress! + i * d1).update(repeating: rowKeep[i], count: d1) }
            }
        case .weight:
            w.data.withUnsafeBufferPointer { pw in
                scratch.withUnsafeMutableBufferPointer { ps in
                    for e in 0..<(m * d1) { ps[e] = abs(pw[e]) }
                }
            }
            PruningMask.flagSmallest(k, of: scratch, work: &work, count: m * d1, into: &mask.data)
        }
    }

    /// W̃ = W ⊙ mask, written into `out` (same shape).
    public func apply(_ w: Matrix, into out: inout Matrix) {
        precondition(out.count == w.count && w.count == mask.count, "PruningMask.apply: shape mismatch")
        let n = w.count
        w.data.withUnsafeBufferPointer { pw in
            mask.data.withUnsafeBufferPointer { pm in
                out.data.withUnsafeMutableBufferPointer { po in
                    for e in 0..<n { po[e] = pw[e] * pm[e] }
                }
            }
        }
    }

    /// Writes 0 into `keep[e]` for the `k` smallest of `values[0..<count]` (ties: lower index first)
    /// and 1 elsewhere. The threshold is found by partial selection (quickselect, O(count) on
    /// average) on `work`, which is overwritten; nothing is allocated.
    static func flagSmallest(_ k: Int, of values: [Float], work: inout [Float], count: Int, into keep: inout [Float]) {
        if k <= 0 {
            for e in 0..<count { keep[e] = 1 }
            return
        }
        work.withUnsafeMutableBufferPointer { pw in
            values.withUnsafeBufferPointer { pv in (pw.baseAddress!).update(from: pv.baseAddress!, count: count) }
        }
        let threshold = select(k - 1, in: &work, count: count)
        var less = 0
        values.withUnsafeBufferPointer { pv in
            for e in 0..<count where pv[e] < threshold { less += 1 }
        }
        var tiesToTake = k - less
        values.withUnsafeBufferPointer { pv in
            keep.withUnsafeMutableBufferPointer { pk in
                for e in 0..<count {
                    let v = pv[e]
                    var pruned = v < threshold
                    if v == threshold && tiesToTake > 0 { pruned = true; tiesToTake -= 1 }
                    pk[e] = pruned ? 0 : 1
                }
            }
        }
    }

    /// The value that would stand at position `k` of `values[0..<count]` sorted ascending (Hoare's
    /// quickselect with a median-of-three pivot; deterministic).
    static func select(_ k: Int, in a: inout [Float], count: Int) -> Float {
        var lo = 0, hi = count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            // median of three as pivot
            let x = a[lo], y = a[mid], z = a[hi]
            let pivot = max(min(x, y), min(max(x, y), z))
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return a[k] }
        }
        return a[k]
    }
}
