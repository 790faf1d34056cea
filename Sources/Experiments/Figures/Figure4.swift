import Learning

/// Figure 4 — representation quality on fresh positive pairs, on the `main` sweep.
public struct Figure4: PaperFigure {
    public init() {}

    public func claims(_ measured: MeasuredResults) -> [ClaimResult] {
        guard let main = measured.sweep(.main) else { return [] }
        let nsrs = measured.plan.profile.nsrs
        let cos = SyntheticClaims.trend(main, nsrs: nsrs) { $0.mean(.positivePairCosine) }
        return [ClaimResult(
            id: "balance-improves-representation", section: .fig4,
            paperSays: "Imbalance hurts representation quality.",
            test: "Spearman ρ_s between ε_min and the seed-mean positive-pair cosine ≥ 0.8 at every NSR: PASS; ≤ 0 somewhere: FAIL; else INCONCLUSIVE.",
            measured: SyntheticClaims.rhoText(nsrs, cos), verdict: SyntheticClaims.trendVerdict(cos, increasing: true))]
    }
}
