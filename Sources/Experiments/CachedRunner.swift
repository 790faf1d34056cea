import Foundation
import Learning
import LinearAlgebra

/// Runs a list of jobs through the result cache: hits are loaded, misses computed in parallel
/// (one BLAS thread each) and stored atomically as they finish, so an interrupted report resumes.
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
        public init(spec: Spec, identity: String, compute: @escaping @Sendable (Spec) throws -> R) {
            self.spec = spec; self.identity = identity; self.compute = compute
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
            switch cache.lookup(job.spec, identity: job.identity, as: R.self) {
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
        let cache = self.cache, missList = misses
        BLAS.setThreads(1)
        let computed = JobPool.map(count: missList.count, jobs: self.jobs) { m -> Result<CacheEntry<R>, Error> in
            let (i, key, reason) = missList[m]
            let job = jobs[i]
            let t0 = Date()
            do {
                let result = try job.compute(job.spec)
                let entry = CacheEntry(key: key, result: result, seconds: Date().timeIntervalSince(t0))
                try cache.store(entry, identity: job.identity)
                progress.advance("ran \(job.identity) (\(reason))")
                return .success(entry)
            } catch {
                return .failure(error)
            }
        }
        for (m, r) in computed.enumerated() { entries[misses[m].0] = try r.get() }
        return Outcome(entries: entries.map { $0! }, computed: misses.count, loaded: jobs.count - misses.count)
    }
}
