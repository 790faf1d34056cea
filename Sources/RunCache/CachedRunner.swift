import Foundation
import LinearAlgebra

/// Runs a list of jobs through the result cache: hits are loaded, misses computed in parallel
/// (one BLAS thread each) and stored atomically as they finish, so an interrupted report resumes.
/// Each miss is computed under its entry's advisory lock (`RunLock`) and looked up again once the
/// lock is held, so concurrent reports on one cache compute a run once and never overwrite its
/// stored entry (or its timing). After the first failure no further run is started.
public struct CachedRunner: Sendable {
    public let cache: ResultCache
    public let jobs: Int
    /// Render only from cache: a miss is an error listing the missing runs.
    public let offline: Bool
    public let quiet: Bool

    public init(cache: ResultCache, jobs: Int, offline: Bool = false, quiet: Bool = false) {
        self.cache = cache; self.jobs = jobs; self.offline = offline; self.quiet = quiet
    }

    /// One unit of work: a cacheable spec, a human-readable identity, and how to compute it.
    public struct Job<Spec: Codable & Sendable, R: Codable & Sendable>: Sendable {
        public var spec: Spec
        public var identity: String
        public var compute: @Sendable (Spec) throws -> R
        /// The data files the run reads (also part of `spec`); recorded so a change can be named in the log.
        public var inputs: [DataFileDigest]
        public init(spec: Spec, identity: String, inputs: [DataFileDigest] = [], compute: @escaping @Sendable (Spec) throws -> R) {
            self.spec = spec; self.identity = identity; self.inputs = inputs; self.compute = compute
        }
    }

    /// Summary of what happened, for the log and provenance.
    public struct Outcome<R: Codable & Sendable>: Sendable {
        public var entries: [CacheEntry<R>]
        public var computed: Int
        public var loaded: Int
    }

    public func run<Spec, R>(_ jobs: [Job<Spec, R>], what: String) throws -> Outcome<R> {
        let progress = ProgressLine(total: jobs.count, quiet: quiet)
        var entries = [CacheEntry<R>?](repeating: nil, count: jobs.count)
        var misses: [(Int, String, RunReason)] = []
        for (i, job) in jobs.enumerated() {
            switch cache.lookup(job.spec, identity: job.identity, as: R.self, inputs: job.inputs) {
            case .hit(let e): entries[i] = e
            case .miss(let key, let reason):
                if case .corrupt = reason { progress.log("warning: \(reason)") }
                misses.append((i, key, reason))
            }
        }
        if offline && !misses.isEmpty {
            let list = misses.prefix(20).map { "  \(jobs[$0.0].identity) (\($0.2))" }.joined(separator: "\n")
            throw ExperimentError("--offline: \(misses.count) of \(jobs.count) \(what) runs are not in the cache \(cache.directory.path):\n\(list)\(misses.count > 20 ? "\n  …" : "")\nRun without --offline to compute them.", exitCode: 66)
        }
        progress.log("\(what): \(jobs.count - misses.count) loaded from cache, \(misses.count) to run")
        var changedData: [String: Int] = [:]
        for (_, _, reason) in misses { if case .dataChanged(let files) = reason { for f in files { changedData[f, default: 0] += 1 } } }
        for (file, count) in changedData.sorted(by: { $0.key < $1.key }) {
            progress.log("\(what): data file \(file) changed since the cached runs; recomputing the \(count) runs that read it")
        }
        let cache = self.cache, missList = misses
        BLAS.setThreads(1)
        let stop = StopFlag()
        let computed = JobPool.map(count: missList.count, jobs: self.jobs) { m -> Result<CacheEntry<R>, Error> in
            if let error = stop.error { return .failure(error) }
            let (i, key, reason) = missList[m]
            let job = jobs[i]
            do {
                return .success(try RunLock.withLock(cache.lockPath(key)) {
                    // Another report may have stored it while we waited for the lock.
                    if case .hit(let e) = cache.lookup(job.spec, identity: job.identity, as: R.self, inputs: job.inputs) {
                        progress.advance("loaded \(job.identity) (computed by another report)")
                        return e
                    }
                    let t0 = Date()
                    let result = try job.compute(job.spec)
                    let entry = CacheEntry(key: key, result: result, seconds: Date().timeIntervalSince(t0))
                    try cache.store(entry, identity: job.identity, inputs: job.inputs)
                    progress.advance("ran \(job.identity) (\(reason))")
                    return entry
                })
            } catch {
                stop.set(error)
                return .failure(error)
            }
        }
        for (m, r) in computed.enumerated() { entries[misses[m].0] = try r.get() }
        return Outcome(entries: entries.map { $0! }, computed: misses.count, loaded: jobs.count - misses.count)
    }
}

/// The first error of a job pool, after which no further job starts.
package final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?

    package init() {}

    package var error: Error? { lock.lock(); defer { lock.unlock() }; return first }

    package func set(_ e: Error) {
        lock.lock(); if first == nil { first = e }; lock.unlock()
    }
}
