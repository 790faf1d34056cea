import Claims
import Learning

extension FigureID {
    /// Figure 4 — representation quality (claim C5).
    public static let fig4 = FigureID("fig4")
}

/// Figure 4 — representation quality on fresh positive pairs, on the `main` sweep; checks claim C5
/// (imbalance hurts representation quality, Figs 4–5).
public struct Figure4: PaperFigure {
    public let figure = FigureID.fig4

    public init() {}

    public func claims(_ measured: MeasuredResults) -> [PaperClaim] {
        guard let main = measured.sweep(.main) else { return [] }
        return [Figure4.imbalanceHurtsRepresentation(main, nsrs: measured.plan.profile.nsrs)]
    }

    /// C5: at every NSR, Spearman trends over ε_min (bootstrap over seeds) of the positive-pair cosine
    /// (claimed increasing) and of the minority regression MSE (claimed decreasing).
    static func imbalanceHurtsRepresentation(_ main: SweepResult, nsrs: [Double]) -> PaperClaim {
        let checks = SyntheticClaims.perNSR(nsrs) { s, at, nsr in [
            SyntheticClaims.trend(main, s, id: .at(.positivePairCosine, .nsr, nsr),
                                  rule: "\(at): Spearman ρ of ε_min against the positive-pair cosine of fresh pairs; claimed > 0.",
                                  groups: SyntheticClaims.groups(main, s, .positivePairCosine), .increase),
            SyntheticClaims.trend(main, s, id: .at(.minorityMSE, .nsr, nsr),
                                  rule: "\(at): Spearman ρ of ε_min against the normalised test MSE of the minority-target ridge probe; claimed < 0.",
                                  groups: SyntheticClaims.groups(main, s, .regressionMSEMinority), .decrease),
        ] }
        return PaperClaim(
            id: .imbalanceHurtsRepresentation, section: .fig4, headline: "Imbalance hurts the representation",
            paperSays: "Imbalance hurts representation quality: positive pairs agree less and downstream error on minority features is higher.",
            reference: "Figs 4–5", subTests: ClaimFamily.evaluate(checks), rule: .allPass)
    }
}

extension SubTestID.Stem {
    /// `positive-pair-cosine-nsr-<NSR>`: the trend of the positive-pair cosine over ε_min.
    public static let positivePairCosine = SubTestID.Stem("positive-pair-cosine")
    /// `minority-mse-nsr-<NSR>`: the trend of the minority ridge-probe MSE over ε_min.
    public static let minorityMSE = SubTestID.Stem("minority-mse")
}
