import Claims
import Foundation
import Learning
import Reporting

/// The comparison of two report runs (`clreport diff A B`): aggregated metrics, configuration,
/// claim verdicts, and what exists in only one of them. Built by ``compare(_:_:figureIDs:)`` from
/// the JSON trees of the two `results.json`, so runs of different `resultsSchema` versions are
/// compared where the fields exist; everything skipped is said in ``notes``.
///
/// Not compared field by field: `trajectories` (Fig 1 is redrawn as an overlay on the HTML page),
/// per-seed values and cache keys (they enter through mean ± std and `provenance.cacheDigest`).
public struct ReportDiff: Codable, Sendable, Equatable {
    /// One compared run.
    public struct Side: Codable, Sendable, Equatable {
        public var label: String
        public var path: String
        public var schema: Int?
        public var profile: String?
    }

    public enum MetricStatus: String, Codable, Sendable {
        /// Mean, std, n and non-finite count are all equal.
        case unchanged
        /// Something changed, but not beyond the seed spread (or it cannot be tested, n < 2).
        case changed
        /// |Δ| exceeds the tolerance of ``Statistics/isSignificantChange(_:_:)``.
        case significant
        /// The mean is a number in A and not in B (NaN or ±inf: no seed left a finite value).
        /// Significant: listed in its own section and counted by `--fail-on significant`.
        case becameNaN
        /// The mean is not a number in A and is one in B. Significant, like ``becameNaN``.
        case becameFinite

        /// A change between a finite and a non-finite mean.
        public var isFinitenessChange: Bool { self == .becameNaN || self == .becameFinite }
    }

    /// One aggregated metric at one sweep point, in both runs.
    public struct MetricRow: Codable, Sendable, Equatable {
        public var sweep: String
        public var series: String
        public var x: Double
        public var metric: String
        public var a: SeedSummary
        public var b: SeedSummary
        /// mean_B − mean_A.
        public var delta: Double
        /// 100·Δ/|mean_A|; nil when mean_A is 0 or not finite.
        public var deltaPercent: Double?
        public var status: MetricStatus
        /// Why a change could not be tested, or non-finite/n changes ("" when nothing to say).
        public var note: String
        /// "sweep / series / x / metric".
        public var label: String { "\(sweep) / \(series) / \(DiffNumber.plain(x)) / \(metric)" }
    }

    public enum ChangeKind: String, Codable, Sendable {
        case changed, added, removed
    }

    /// One changed configuration key: `scope` is "plan.base", "profile", "plan", "plan.sweeps[id]",
    /// "provenance", or a sweep point "sweep / series / x"; `key` is a dotted path inside it.
    public struct ConfigChange: Codable, Sendable, Equatable {
        public var scope: String
        public var key: String
        public var kind: ChangeKind
        /// The value in A (nil when added), compact JSON or a bare string.
        public var old: String?
        /// The value in B (nil when removed).
        public var new: String?
    }

    public enum ClaimKind: String, Codable, Sendable {
        /// The verdict differs between A and B (any change: PASS → FAIL, FAIL → INCONCLUSIVE, …).
        case flipped
        /// Only in B.
        case added
        /// Only in A.
        case removed
        case unchanged
    }

    public struct ClaimChange: Codable, Sendable, Equatable {
        public var id: ClaimID
        public var section: String
        public var kind: ClaimKind
        public var verdictA: String?
        public var verdictB: String?
        public var paperSays: String
        /// What was measured in B (or in A when removed).
        public var measured: String
    }

    /// One claim in one reading of the robustness map whose verdict flipped or whose primary effect
    /// moved beyond both runs' 95% intervals (each estimate outside the other's interval).
    public struct MapChange: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case flipped, effectMoved }
        public var claimID: ClaimID
        /// The reading's id in B and the factors at their other level ("none" for the default reading).
        public var reading: String
        public var kind: Kind
        public var verdictA: String
        public var verdictB: String
        public var effectA: String
        public var effectB: String
    }

    /// Something (a sweep, point, metric, figure) that exists in only one run.
    public struct OnlyIn: Codable, Sendable, Equatable {
        /// "sweep", "point", "metric" or "figure".
        public var kind: String
        public var item: String
        /// "A" or "B".
        public var side: String
    }

    public var a: Side
    public var b: Side
    /// Every metric present on both sides, including unchanged ones (formatters hide those unless `--all`).
    public var metrics: [MetricRow]
    /// Claims: flipped first, then added, removed, unchanged (each in run order).
    public var claims: [ClaimChange]
    /// Changed configuration keys (profile, plan, plan.base, plan sweeps, per-point configs).
    public var config: [ConfigChange]
    /// Changed provenance fields (informational: commit, digests, compute time).
    public var provenance: [ConfigChange]
    public var onlyIn: [OnlyIn]
    /// The robustness maps, reading by reading (readings matched by their factor levels).
    public var map: [MapChange] = []
    /// What could not be compared and why (schema differences, missing fields).
    public var notes: [String]

    // MARK: Summary

    public var flips: [ClaimChange] { claims.filter { $0.kind == .flipped } }
    public var mapFlips: [MapChange] { map.filter { $0.kind == .flipped } }
    public var significantMetrics: [MetricRow] { metrics.filter { $0.status == .significant } }
    public var changedMetrics: [MetricRow] { metrics.filter { $0.status != .unchanged } }
    /// Metrics whose mean went from a number to NaN or back (significant, their own section).
    public var finitenessChanges: [MetricRow] { metrics.filter { $0.status.isFinitenessChange } }

    /// True when nothing at all differs (provenance aside).
    public var isEmpty: Bool {
        changedMetrics.isEmpty && claims.allSatisfy { $0.kind == .unchanged } && config.isEmpty && onlyIn.isEmpty && map.isEmpty
    }

    /// The exit status of `clreport diff` for this diff: 1 when `failOn` finds a reason, else 0.
    public func exitStatus(failOn: DiffFailOn) -> Int32 {
        switch failOn {
        case .never: return 0
        case .flip: return flips.isEmpty && mapFlips.isEmpty ? 0 : 1
        case .significant: return flips.isEmpty && mapFlips.isEmpty && significantMetrics.isEmpty && finitenessChanges.isEmpty ? 0 : 1
        }
    }
}

/// When `clreport diff` exits with status 1.
public enum DiffFailOn: String, CaseIterable, Codable, Sendable {
    /// Only when a claim verdict flipped.
    case flip
    /// When a claim flipped or a metric moved beyond the seed spread (the default).
    case significant
    /// Never (status 0 unless an input is unreadable).
    case never
}
