import Foundation

/// Thread-safe slots for `JobPool` results, and the next index to hand out.
// @unchecked Sendable is safe: `slots` and `next` change only with `lock` held (`claim`, `store`);
// `results()` reads without it, but only after `concurrentPerform` has returned, i.e. after every
// worker's last `store` happened-before it. T itself is Sendable at the only call site (`map`).
final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ i: Int, _ value: T) {
        lock.lock(); slots[i] = value; lock.unlock()
    }

    func results() -> [T] { slots.map { $0! } }
}
