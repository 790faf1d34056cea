import Datasets
import Foundation

/// A lock-protected dictionary of loaded splits.
// @unchecked Sendable is safe: `entries` is only read or written with `lock` held, and
// `LabeledImages` is an immutable value type.
final class SplitCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: LabeledImages] = [:]

    func get(_ key: String) -> LabeledImages? {
        lock.lock(); defer { lock.unlock() }
        return entries[key]
    }

    func put(_ key: String, _ value: LabeledImages) {
        lock.lock(); entries[key] = value; lock.unlock()
    }

    func clear() {
        lock.lock(); entries = [:]; lock.unlock()
    }
}
