import Foundation
import RunCache

/// One run of a report as the cluster commands see it, whatever it computes: its identity, cache key,
/// estimated cost, and how to check for it and compute it into a cache. Type-erased from
/// `CachedRunner.Job`, so sharding, planning and submitting never depend on what the runs are.
public struct RunWorkItem: Sendable {
    /// Human-readable identity, e.g. `quick/main/nsr-1/x=0.1/seed=1`.
    public var identity: String
    public var key: String
    /// Estimated seconds on one core (`RunCostModel`).
    public var cost: Double
    let lookup: @Sendable (ResultCache) -> RunReason?
    let compute: @Sendable (ResultCache) throws -> Void

    public init<Spec, R>(_ job: CachedRunner.Job<Spec, R>, cost: Double) {
        identity = job.identity
        key = ResultCache.key(job.spec)
        self.cost = cost
        lookup = { cache in
            switch cache.lookup(job.spec, identity: job.identity, as: R.self, inputs: job.inputs) {
            case .hit: nil
            case .miss(_, let reason): reason
            }
        }
        compute = { cache in _ = try CachedRunner(cache: cache, jobs: 1, quiet: true).run([job], what: "run") }
    }

    /// nil when the cache holds a valid entry, else why the run must be computed.
    public func missReason(in cache: ResultCache) -> RunReason? { lookup(cache) }

    /// Computes the run and stores it atomically (a hit is left alone).
    public func compute(into cache: ResultCache) throws { try compute(cache) }
}
