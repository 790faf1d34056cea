import RunCache

/// The sweeps a report runs. The case order is the order of `ReportPlan.sweeps` (and of
/// `results.json`); raw values are the names written there and used in embed value names.
public enum SweepID: String, Codable, Sendable, CaseIterable, Comparable {
    /// ε_min × NSR without pruning (Figs 2–5).
    case main
    /// Number of neurons m at ε_min = 0.1, NSR = 1 (claim C3, "imbalance needs more neurons").
    case neurons
    /// One long run per seed (Fig 1).
    case trajectory
    /// Pruning variants against their unpruned baselines (Fig 6).
    case pruning
    /// Pruning ratio α (Fig 6b).
    case ratio
    /// One OPEN choice changed at a time (Fig 9).
    case sensitivity

    public static func < (a: SweepID, b: SweepID) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Parses a name at the edge, naming the valid ones on failure.
    public init(parsing name: String) throws {
        guard let s = SweepID(rawValue: name) else {
            throw ExperimentError("unknown sweep '\(name)'; valid sweeps: \(SweepID.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = s
    }
}
