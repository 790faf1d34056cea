import Learning

/// Figure 5 — downstream ridge regression on minority / majority targets, on the `main` sweep.
public struct Figure5: PaperFigure {
    public init() {}

    public func claims(_ measured: MeasuredResults) -> [ClaimResult] {
        guard let main = measured.sweep(.main) else { return [] }
        let nsrs = measured.plan.profile.nsrs
        let mse = SyntheticClaims.trend(main, nsrs: nsrs) { $0.mean(.regressionMSEMinority) }
        return [ClaimResult(
            id: "balance-improves-minority-regression", section: .fig5,
            paperSays: "Downstream error on minority features is higher under imbalance.",
            test: "Spearman ρ_s between ε_min and the seed-mean normalised test MSE of the minority-target ridge probe ≤ −0.8 at every NSR: PASS; ≥ 0 somewhere: FAIL; else INCONCLUSIVE.",
            measured: SyntheticClaims.rhoText(nsrs, mse), verdict: SyntheticClaims.trendVerdict(mse, increasing: false))]
    }
}
