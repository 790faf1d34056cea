import Foundation

/// Runs independent jobs on `jobs` threads. Results come back in input order, so they never depend
/// on the number of threads or on scheduling.
public enum JobPool {
    public static func map<T: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        if count == 0 { return [] }
        let box = ResultBox<T>(count: count)
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = box.claim() { box.store(i, body(i)) }
        }
        return box.results()
    }

    /// Default parallelism: the number of active cores.
    public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Thread-safe slots for `JobPool` results, and the next index to hand out.
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
