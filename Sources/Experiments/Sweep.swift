import Learning

/// A family of runs behind one or more figures (e.g. ε_min × NSR for Figs 2–5).
public struct Sweep: Codable, Sendable, Equatable {
    public var id: SweepID
    public var title: String
    /// What x means, with unit, e.g. "ε_min (minority frequency / majority)".
    public var xName: String
    public var seeds: Int
    public var points: [SweepPoint]

    /// Every (point, seed) pair of the sweep, seeds 1…n.
    public var runs: [RunSpec] {
        points.flatMap { p in (1...seeds).map { RunSpec(config: p.config, seed: UInt64($0)) } }
    }
}
