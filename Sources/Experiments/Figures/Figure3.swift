import Claims
import Learning
import Markup

extension FigureID {
    /// Figure 3 — best alignment per feature (claim C4).
    public static let fig3 = FigureID("fig3")
}

/// Figure 3 — how well features are learned (best cosine per feature), on the `main` sweep; checks
/// claim C4 (higher noise makes minority learning worse, Figs 2, 3, 5).
public struct Figure3: PaperFigure {
    public let figure = FigureID.fig3

    public init() {}

    /// The metrics of C4 and the direction the claim predicts from the lowest to the highest NSR.
    static let noiseMetrics: [(Metric, ClaimedDirection, String)] = [
        (.alignedMinority, .decrease, "aligned minority neurons"),
        (.maxCosMinority, .decrease, "minority max-cosine"),
        (.regressionMSEMinority, .increase, "minority regression MSE"),
    ]

    public func claims(_ measured: MeasuredResults) -> [PaperClaim] {
        guard let main = measured.sweep(.main) else { return [] }
        return [Figure3.noiseHurts(main, nsrs: measured.plan.profile.nsrs)]
    }

    /// C4: at each ε_min, paired by seed between the lowest and the highest NSR (same seed ⇒ same
    /// initial weights and latents stream), aligned minority (lower), minority max-cosine (lower) and
    /// minority MSE (higher); Holm over the whole family.
    static func noiseHurts(_ main: SweepResult, nsrs: [Double]) -> PaperClaim {
        var checks: [ClaimFamily.Check] = []
        if nsrs.count >= 2, let lo = nsrs.min(), let hi = nsrs.max() {
            let low = main.series(.nsr(lo)), high = main.series(.nsr(hi))
            for p in low {
                guard let q = high.first(where: { $0.x == p.x }) else { continue }
                for (metric, direction, what) in noiseMetrics {
                    checks.append(.comparison(
                        id: .at(SubTestID.Stem(metric), .eps, p.x),
                        rule: "ε_min = \(NumberFormat.label(p.x)): paired Δ = \(what) at NSR \(NumberFormat.label(hi)) − at NSR \(NumberFormat.label(lo)); claimed \(SyntheticClaims.word(direction)).",
                        SyntheticClaims.paired(p, q, metric, direction))
                        .reading(SyntheticClaims.arms(main, [("\(what), NSR \(NumberFormat.label(lo))", p), ("\(what), NSR \(NumberFormat.label(hi))", q)], metric))
                        .measured(metric.quantity))
                }
            }
        }
        return PaperClaim(
            id: .noiseHurtsMinority, section: .fig3, headline: "Noise makes minority learning worse",
            paperSays: "Higher noise makes minority-feature learning worse: fewer aligned neurons, weaker alignment, higher downstream error.",
            reference: "Figs 2, 3, 5", subTests: ClaimFamily.evaluate(checks), rule: .allPass)
    }
}

extension SubTestID.Stem {
    /// `<metric>`: the family of checks on one metric at each ε_min (`<metric>-eps-<ε_min>`).
    public init(_ metric: Metric) { self.init(metric.rawValue) }
}
