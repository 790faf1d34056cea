import Claims
import Learning

/// Everything a report runs, derived from a profile: the sweeps declared by the figure units
/// (`figures`), in `SweepID` order — see `SweepID` for which figure reads which sweep.
public struct ReportPlan: Codable, Sendable, Equatable {
    public var profile: ReportProfile
    public var base: EngineConfig
    public var variants: [PruningVariant]
    public var sweeps: [Sweep]

    /// The figures whose sweeps and claims make up the report, in page order: the `PaperFigure`
    /// units of `Figures/` in file-number order (`PaperFigureUnits.all`, written at build time by the
    /// `FigureUnits` plugin), one per figure.
    public static let figures: [any PaperFigure] = {
        let problems = FigureID.problems(PaperFigureUnits.all)
        precondition(problems.isEmpty, "the figure units of Experiments/Figures: " + problems.joined(separator: "; "))
        return PaperFigureUnits.all
    }()

    public init(profile: ReportProfile, base: EngineConfig? = nil) {
        self.profile = profile
        let base = base ?? profile.reportBase
        self.base = base
        variants = profile.variants
        sweeps = ReportPlan.figures.flatMap { $0.sweeps(profile: profile, base: base) }.sorted { $0.id < $1.id }
    }

    /// A configuration of the sweeps: `c` (default: the base) at this ε_min and NSR.
    public static func at(_ eps: Double, _ nsr: Double, _ c: EngineConfig) -> EngineConfig {
        var c = c; c.epsMin = eps; c.nsr = nsr; return c
    }

    /// The synthetic claim checks of every figure, in page order.
    public func claims(sweeps: [SweepResult], trajectories: [NeuronTrajectorySet]) -> [PaperClaim] {
        let measured = MeasuredResults(plan: self, sweeps: sweeps, trajectories: trajectories)
        return ReportPlan.figures.flatMap { $0.claims(measured) }
    }

    /// All distinct runs of the plan, in plan order.
    public var uniqueRuns: [RunSpec] {
        var seen = Set<RunSpec>(), out: [RunSpec] = []
        for s in sweeps { for r in s.runs where seen.insert(r).inserted { out.append(r) } }
        return out
    }

    public func sweep(_ id: SweepID) -> Sweep? { sweeps.first { $0.id == id } }
}
