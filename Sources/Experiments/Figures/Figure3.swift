import Learning

/// Figure 3 — how well features are learned (best cosine per feature), on the `main` sweep:
/// the coefficient-ratio trend and the effect of noise.
public struct Figure3: PaperFigure {
    public init() {}

    public func claims(_ measured: MeasuredResults) -> [ClaimResult] {
        guard let main = measured.sweep(.main) else { return [] }
        let nsrs = measured.plan.profile.nsrs
        let fmt = SyntheticClaims.fmt
        var out: [ClaimResult] = []
        let ratio = SyntheticClaims.trend(main, nsrs: nsrs) { $0.mean(.coefMinority) / $0.mean(.coefMajority) }
        out.append(ClaimResult(
            id: "minority-smaller-magnitude", section: .fig3,
            paperSays: "Minority features are learned with a smaller coefficient, roughly ∝ ε_j/ε_max.",
            test: "Spearman ρ_s between ε_min and the ratio of learned coefficients max_i|⟨w_i,M_j⟩| (minority / majority, seed means) ≥ 0.8 at every NSR: PASS; ≤ 0 somewhere: FAIL; else INCONCLUSIVE.",
            measured: SyntheticClaims.rhoText(nsrs, ratio), verdict: SyntheticClaims.trendVerdict(ratio, increasing: true)))

        if nsrs.count >= 2, let lo = nsrs.min(), let hi = nsrs.max() {
            let low = main.series(.nsr(lo)), high = main.series(.nsr(hi))
            var worse = 0, total = 0
            var detail: [String] = []
            for p in low { if let q = high.first(where: { $0.x == p.x }) {
                total += 1
                let a = p.mean(.maxCosMinority), b = q.mean(.maxCosMinority)
                if b < a { worse += 1 }
                detail.append("ε \(ReportPlan.label(p.x)): \(fmt(a, 3)) → \(fmt(b, 3))")
            } }
            let v: Verdict = total == 0 ? .inconclusive : (worse == total ? .pass : (worse * 2 < total ? .fail : .inconclusive))
            out.append(ClaimResult(
                id: "noise-hurts-minority", section: .fig3,
                paperSays: "Higher noise makes minority feature learning worse.",
                test: "Seed-mean minority max-cosine at the highest NSR is below that at the lowest NSR at every ε_min: PASS; at fewer than half: FAIL; else INCONCLUSIVE.",
                measured: "lower at \(worse) of \(total) ε_min values (NSR \(ReportPlan.label(lo)) → \(ReportPlan.label(hi))): " + detail.joined(separator: ", "),
                verdict: v))
        }
        return out
    }
}
