import LinearAlgebra

/// Shuffled passes over a fixed training set of `count` pairs: a batch of K is the next K indices
/// of the current permutation; when fewer than K remain, the whole order is reshuffled (Fisher–Yates
/// with `rng`) and reading starts over. The first batch always shuffles first.
public struct BatchOrder {
    var rng: SeededRNG
    var order: [Int]
    var cursor: Int

    public init(count: Int, rng: SeededRNG) {
        precondition(count >= 0, "BatchOrder: negative count")
        self.rng = rng
        order = Array(0..<count)
        cursor = count
    }

    /// The indices of the next batch of `size` pairs.
    public mutating func next(_ size: Int) -> ArraySlice<Int> {
        precondition(size <= order.count, "BatchOrder.next: batch \(size) larger than the set (\(order.count))")
        if cursor + size > order.count { rng.shuffle(&order); cursor = 0 }
        defer { cursor += size }
        return order[cursor..<(cursor + size)]
    }
}
