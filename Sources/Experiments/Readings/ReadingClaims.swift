import Foundation
import Learning

/// THE adapter between a reading's sweep results and the claim evaluation (the one file to re-point
/// when the claim code changes): today it runs main's figure checks (`Figure2`…`Figure6`, which
/// return `ClaimResult`s) on the reading's reduced sweeps and wraps each check as a `PaperClaim` with
/// one sub-test. Fig 1's checks need the long trajectory runs and are evaluated for the default
/// reading only (in the figure section), not per reading.
public enum ReadingClaims {
    /// The claims of one reading, from its aggregated sweeps (`main` and `pruning`).
    public static func evaluate(_ setup: ReadingSetup, profile: ReportProfile, base: EngineConfig,
                                sweeps: [SweepResult]) -> [PaperClaim] {
        var plan = ReportPlan(profile: profile, base: base)
        plan.variants = [setup.variant]
        plan.sweeps = setup.sweeps
        let measured = MeasuredResults(plan: plan, sweeps: sweeps, trajectories: [])
        let figures: [any PaperFigure] = [Figure2(), Figure3(), Figure4(), Figure5(), Figure6()]
        return figures.flatMap { $0.claims(measured) }.map { c in
            PaperClaim(id: stableID(c.id, setup.variant), paperSays: c.paperSays, reference: reference(c.section),
                       subTests: [SubTest(id: c.id, rule: c.test, statistic: c.measured, verdict: c.verdict)], rule: .allPass)
        }
    }

    /// Pruning claims carry the variant key (which names the reading's dictionary); the map's rows need
    /// one id across readings, so the dictionary part is dropped: "pruning-weight90-random-alignment" → "pruning-weight90-alignment".
    static func stableID(_ id: String, _ v: PruningVariant) -> String {
        id.replacingOccurrences(of: v.key, with: "weight90")
    }

    static func reference(_ section: SectionID) -> String {
        switch section {
        case .fig1: "Fig 1"
        case .fig2: "Fig 2"
        case .fig3: "Fig 3"
        case .fig4: "Fig 4"
        case .fig5: "Fig 5"
        case .fig6: "Fig 6"
        case .longTail: "Table 1"
        }
    }

    /// The effect (a `ClaimEffect` id) that measures each claim's size on the paper's side of zero, by claim id.
    public static let effectOfClaim: [String: String] = [
        "fewer-minority-neurons": "aligned-minority-balance",
        "minority-smaller-magnitude": "coefficient-ratio-balance",
        "noise-hurts-minority": "noise-minority-cosine",
        "balance-improves-representation": "pair-cosine-balance",
        "balance-improves-minority-regression": "minority-mse-balance",
        "pruning-weight90-alignment": "pruning-minority-cosine",
        "pruning-weight90-regression": "pruning-minority-mse",
    ]
}
