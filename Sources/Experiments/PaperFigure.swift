import Learning

/// The experiment side of one paper figure (`Figures/FigureN.swift`): the sweeps it declares and
/// the claims it checks. `ReportPlan.figures` lists them; adding a figure means adding a unit here,
/// one in Reporting (`Reporting/Figures/FigureN.swift`: chart, caption, section) and its template part.
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
