import Foundation
import LinearAlgebra
import RunCache

/// Computes a list of `RunWorkItem`s into a cache on `jobs` threads (one BLAS thread each), as
/// `clreport run --shard` does, with the report's rule (`CachedRunner`): after the first failure
/// (a failed store on a full disk, an unreadable data file) no further run starts, and that first
/// error — typed, with its exit status — is what the command reports, once.
public enum WorkItemPool {
    /// - Parameter done: called after each item is computed and stored (progress output).
    /// - Throws: the first error of any item; items not started by then are never started.
    public static func compute(_ items: [RunWorkItem], into cache: ResultCache, jobs: Int,
                               done: @escaping @Sendable (RunWorkItem) -> Void = { _ in }) throws {
        BLAS.setThreads(1)
        let stop = StopFlag()
        _ = JobPool.map(count: items.count, jobs: jobs) { i -> Bool in
            if stop.error != nil { return false }
            do {
                try items[i].compute(into: cache)
                done(items[i])
                return true
            } catch {
                stop.set(error)
                return false
            }
        }
        if let error = stop.error { throw error }
    }
}
