import Learning

/// Figure 2 — how many neurons learn minority features. Declares the `main` sweep (ε_min × NSR
/// without pruning, one series per NSR), which Figures 3–5 read too.
public struct Figure2: PaperFigure {
    public init() {}

    public func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep] {
        [Sweep(id: .main, title: "ε_min × NSR without pruning", xName: "ε_min", seeds: profile.seeds,
               points: profile.nsrs.flatMap { nsr in
                   profile.epsGrid.map { SweepPoint(series: .nsr(nsr), x: $0, config: ReportPlan.at($0, nsr, base)) }
               })]
    }

    public func claims(_ measured: MeasuredResults) -> [ClaimResult] {
        guard let main = measured.sweep(.main) else { return [] }
        let nsrs = measured.plan.profile.nsrs
        let aligned = SyntheticClaims.trend(main, nsrs: nsrs) { $0.mean(.alignedMinority) }
        return [ClaimResult(
            id: "fewer-minority-neurons", section: .fig2,
            paperSays: "Minority features are learned by fewer neurons; more balance means more aligned minority neurons.",
            test: "Spearman ρ_s between ε_min and the seed-mean number of neurons aligned (cos ≥ threshold) with a minority feature ≥ 0.8 at every NSR: PASS; ρ_s ≤ 0 at some NSR: FAIL; else INCONCLUSIVE.",
            measured: SyntheticClaims.rhoText(nsrs, aligned), verdict: SyntheticClaims.trendVerdict(aligned, increasing: true))]
    }
}
