import Learning

/// THE adapter between a reading's sweep results and the claim evaluation (the one file to re-point
/// when the claim code changes): it runs the figure units' claim checks (`Figure2`…`Figure6`, which
/// return `PaperClaim`s with paired statistics) on the reading's reduced sweeps. Two adjustments, both
/// stated in each claim's note: a sub-test that needs a sweep the readings do not run (the `neurons`
/// sweep) is left out, and the pruning claim is judged on the reading's own pruning variant (weight
/// 90%, both views, on the reading's dictionary), so its sub-tests are confirmatory and it carries
/// the decoupling sub-test. Fig 1's claims need the long trajectory runs and are evaluated for the
/// default reading only (in the figure section), not per reading.
public enum ReadingClaims {
    /// Sub-tests that need sweeps the readings do not run.
    static let needsOtherSweeps: Set<String> = ["more-neurons-help-minority"]

    /// The claims of one reading, from its aggregated sweeps (`main` and `pruning`).
    public static func evaluate(_ setup: ReadingSetup, profile: ReportProfile, base: EngineConfig,
                                sweeps: [SweepResult]) -> [PaperClaim] {
        var plan = ReportPlan(profile: profile, base: base)
        plan.variants = [setup.variant]
        plan.sweeps = setup.sweeps
        let measured = MeasuredResults(plan: plan, sweeps: sweeps, trajectories: [])
        let figures: [any PaperFigure] = [Figure2(), Figure3(), Figure4(), Figure5(), Figure6()]
        return figures.flatMap { $0.claims(measured) }.map { claim in
            var c = claim
            let dropped = c.subTests.filter { needsOtherSweeps.contains($0.id) }.map(\.id)
            c.subTests.removeAll { needsOtherSweeps.contains($0.id) }
            var notes: [String] = []
            if !dropped.isEmpty { notes.append("Readings leave out \(dropped.joined(separator: ", ")) (its sweep is not run per reading).") }
            if c.section == .fig6, setup.variant.key != Figure6.leadKey {
                for i in c.subTests.indices where c.subTests[i].id.hasPrefix(setup.variant.key) { c.subTests[i].exploratory = false }
                if let pruning = sweeps.first(where: { $0.id == .pruning }) {
                    c.subTests.append(Figure6.decoupling(pruning, setup.variant))
                }
                notes.append("Judged on \(setup.variant.label), the reading's own dictionary.")
            }
            if !notes.isEmpty { c.note = (notes + [c.note]).filter { !$0.isEmpty }.joined(separator: " ") }
            return c
        }
    }

    /// The effect (a `ClaimEffect` id) that measures each claim's size on the paper's side of zero, by claim id.
    public static let effectOfClaim: [String: String] = [
        "minority-weaker-fewer": "aligned-minority-balance",
        "noise-hurts-minority": "noise-minority-cosine",
        "imbalance-hurts-representation": "pair-cosine-balance",
        "pruning-restores-minority": "pruning-minority-cosine",
    ]
}
