import Claims
import Learning

/// The experiment side of one paper figure (`Figures/FigureN.swift`): the sweeps it declares and
/// the claims it checks. ``FigureID/paperFigure`` registers them (`ReportPlan.figures`); adding a figure is
/// the recipe in `Sources/README.md`.
public protocol PaperFigure: Sendable {
    /// The sweeps this figure declares (other figures may read them too), for a profile and base configuration.
    func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep]
    /// The claim checks of this figure, computed from the measured results only.
    func claims(_ measured: MeasuredResults) -> [PaperClaim]
}

extension PaperFigure {
    public func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep] { [] }
    public func claims(_ measured: MeasuredResults) -> [PaperClaim] { [] }
}
