import Learning

/// What the claim checks of the synthetic figures read: the plan and its aggregated sweeps.
public struct MeasuredResults: Sendable {
    public var plan: ReportPlan
    public var sweeps: [SweepResult]
    public var trajectories: [NeuronTrajectorySet]

    public init(plan: ReportPlan, sweeps: [SweepResult], trajectories: [NeuronTrajectorySet]) {
        self.plan = plan; self.sweeps = sweeps; self.trajectories = trajectories
    }

    public func sweep(_ id: SweepID) -> SweepResult? { sweeps.first { $0.id == id } }
}
