import Claims
import Learning

/// The experiment side of one paper figure (`Figures/FigureN.swift`): its id, the sweeps it
/// declares and the claims it checks. Every type in `Figures/` that conforms is registered at build
/// time (the `FigureUnits` plugin writes `PaperFigureUnits.all`, in file-number order: the page
/// order, ``ReportPlan/figures``, ``FigureID/all``); adding a figure is the recipe in `Sources/README.md`.
public protocol PaperFigure: Sendable {
    /// The figure this unit is (its id is declared in the same file, `extension FigureID`).
    var figure: FigureID { get }
    /// The sweeps this figure declares (other figures may read them too), for a profile and base configuration.
    func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep]
    /// The claim checks of this figure, computed from the measured results only.
    func claims(_ measured: MeasuredResults) -> [PaperClaim]
}

extension PaperFigure {
    public func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep] { [] }
    public func claims(_ measured: MeasuredResults) -> [PaperClaim] { [] }
}
