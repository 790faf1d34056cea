import Claims
import LongTail

/// Figures 7–8 — the real long-tailed data experiment (SPEC §7): the imbalance ratios of the
/// table and its claim checks. The runs themselves are `LongTailReport`'s (through the result
/// cache); the checks and their tolerances are `LongTailClaims`'. As a `PaperFigure` it declares no
/// sweep and no synthetic claim: its id, `FigureID.longTail`, is declared in `Claims` (its claims
/// are made in `LongTail`, below this module).
public struct Figure7: PaperFigure {
    public let figure = FigureID.longTail

    public init() {}

    /// ρ values of the table (the paper's CIFAR10-LT rows).
    public static let rhos: [Double] = [1, 10, 50, 100]

    /// The claims of the long-tail section, from the runs grouped per ρ.
    public static func claims(_ runs: [Double: (without: [LongTailResult], with: [LongTailResult])]) -> [PaperClaim] {
        LongTailClaims.evaluate(runs)
    }
}

/// The grids of Figure 7 per profile.
extension ReportProfile {
    /// Imbalance ratios ρ of the real long-tailed runs: `paper` the paper's CIFAR10-LT rows
    /// (`Figure7.rhos`), `default` balanced, moderate and the strongest, `quick` 1 and 10 (the
    /// smallest grid with a pruning sub-test, ρ ≥ `LongTailClaims.imbalancedFrom`).
    public var longTailRhos: [Double] {
        switch self { case .quick: [1, 10]; case .default: [1, 10, 100]; case .paper: Figure7.rhos }
    }
}
