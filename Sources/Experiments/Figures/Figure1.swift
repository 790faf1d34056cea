import Learning

/// Figure 1 — training dynamics: one long run per seed at ε_min = 0.1, NSR = 1 (the `trajectory`
/// sweep, trained `trajectoryStepFactor` times longer), and the claims about the three stages.
public struct Figure1: PaperFigure {
    public init() {}

    public func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep] {
        var long = ReportPlan.at(0.1, 1, base)
        long.steps = base.steps * profile.trajectoryStepFactor
        return [Sweep(id: .trajectory, title: "Training dynamics at ε_min = 0.1, NSR = 1", xName: "step",
                      seeds: profile.seeds, points: [SweepPoint(series: .trajectory, x: 0.1, config: long)])]
    }

    public func claims(_ measured: MeasuredResults) -> [ClaimResult] {
        let traces = measured.trajectories
        let n = traces.count
        let ordered = traces.filter { t in
            guard let m = t.majority, let s = m.separationStep, let c = m.stage3Step else { return false }
            return s <= c
        }.count
        let verdict1: Verdict = n < 2 ? .inconclusive : (ordered == n ? .pass : (ordered == 0 ? .fail : .inconclusive))
        let steps = traces.map { t in "seed \(t.seed): separation \(t.majority?.separationStep.map(String.init) ?? "never"), stage 3 \(t.majority?.stage3Step.map(String.init) ?? "never")" }
        let c1 = ClaimResult(
            id: "three-stages-majority", section: .fig1,
            paperSays: "A lucky neuron's weights go through growth, separation (its dominant feature outgrows all others) and convergence (other components negligible).",
            test: "In every seed the lucky majority neuron reaches separation (dominant projection above every other projection and the noise norm until the end) and then stage 3 (dominant ≥ stage3Dominance × both until the end). PASS if all seeds (≥ 2), FAIL if none, else INCONCLUSIVE.",
            measured: "\(ordered) of \(n) seeds — " + steps.joined(separator: "; "), verdict: verdict1)

        var later = 0
        var minorityDetail: [String] = []
        for t in traces {
            let maj = t.majority?.separationStep ?? Int.max, mnr = t.minority?.separationStep ?? Int.max
            if mnr > maj { later += 1 }
            minorityDetail.append("seed \(t.seed): minority separation \(t.minority?.separationStep.map(String.init) ?? "never"), stage 3 \(t.minority?.stage3Step.map(String.init) ?? "not reached")")
        }
        let verdict2: Verdict = n < 2 ? .inconclusive : (later == n ? .pass : (later * 2 <= n ? .fail : .inconclusive))
        let c2 = ClaimResult(
            id: "minority-learned-late", section: .fig1,
            paperSays: "Minority features are learned later than majority features.",
            test: "The lucky minority neuron separates strictly later than the lucky majority neuron (never counts as later) in every seed: PASS if all seeds (≥ 2), FAIL if at most half, else INCONCLUSIVE.",
            measured: "\(later) of \(n) seeds later — " + minorityDetail.joined(separator: "; "), verdict: verdict2)
        return [c1, c2]
    }
}
