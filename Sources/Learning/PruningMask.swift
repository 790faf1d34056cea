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
    /// Scratch for the selection (m·d1 floats), kept to avoid allocating on refresh.
    private var scratch: [Float]

    public init(granularity: PruneGranularity, ratio: Double, neurons m: Int, ambientDim d1: Int) {
        precondition(ratio >= 0 && ratio < 1, "PruningMask: ratio \(ratio) outside [0, 1)")
        self.granularity = granularity
        self.ratio = ratio
        mask = Matrix(rows: m, cols: d1, repeating: 1)
        scratch = [Float](repeating: 0, count: granularity == .weight ? m * d1 : m)
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
            for i in 0..<m {
                var s: Float = 0
                for c in 0..<d1 { let v = w.data[i * d1 + c]; s += v * v }
                scratch[i] = s
            }
            let pruned = PruningMask.smallest(k, of: &scratch, count: m)
            for i in 0..<m {
                let keep: Float = pruned[i] ? 0 : 1
                for c in 0..<d1 { mask.data[i * d1 + c] = keep }
            }
        case .weight:
            for e in 0..<(m * d1) { scratch[e] = abs(w.data[e]) }
            let pruned = PruningMask.smallest(k, of: &scratch, count: m * d1)
            for e in 0..<(m * d1) { mask.data[e] = pruned[e] ? 0 : 1 }
        }
    }

    /// W̃ = W ⊙ mask, written into `out` (same shape).
    public func apply(_ w: Matrix, into out: inout Matrix) {
        precondition(out.count == w.count && w.count == mask.count, "PruningMask.apply: shape mismatch")
        for e in 0..<w.count { out.data[e] = w.data[e] * mask.data[e] }
    }

    /// Flags the `k` smallest of `values[0..<count]` (ties: lower index first). Uses a partial
    /// selection (quickselect) for the threshold, O(count) on average; `values` is reordered.
    static func smallest(_ k: Int, of values: inout [Float], count: Int) -> [Bool] {
        var flags = [Bool](repeating: false, count: count)
        if k <= 0 { return flags }
        let original = Array(values[0..<count])
        let threshold = select(k - 1, in: &values, count: count)
        var less = 0
        for v in original where v < threshold { less += 1 }
        var tiesToTake = k - less
        for e in 0..<count {
            if original[e] < threshold { flags[e] = true }
            else if original[e] == threshold && tiesToTake > 0 { flags[e] = true; tiesToTake -= 1 }
        }
        return flags
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
