/// Everything one seeded synthetic run measures (SPEC §6). Deterministic given (config, seed):
/// no wall times in here, so cached results re-render to the same bytes.
public struct RunResult: Codable, Sendable, Equatable {
    public var seed: UInt64
    /// True when the loss became NaN/∞; metrics are then NaN and `divergedAtStep` says when.
    public var diverged: Bool
    public var divergedAtStep: Int?
    public var metrics: RunMetrics
    public var trajectory: Trajectory
}
