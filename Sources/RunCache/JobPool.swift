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
