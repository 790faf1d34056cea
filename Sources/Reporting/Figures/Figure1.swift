import Claims
import Experiments
import Learning
import Markup
import Results
import SVGCharts

/// Figure 1 — training dynamics: two panels (lucky majority neuron, lucky minority neuron), each
/// with the dominant projection, the strongest other projection and the noise norm, mean ± std
/// over seeds on the shared checkpoints, the three phases of the bias schedule shaded (labelled as
/// the schedule, not as the paper's stages, which are measured per run), and the mean measured
/// stage-3 step marked. The paper's expectation is drawn on each panel: on the majority panel that
/// the dominant projection rises while the noise shrinks, on the minority panel that the minority
/// neuron separates after the majority one (a dotted line at the majority's mean separation step,
/// an arrow to the later side).
struct Figure1: ReportFigure, FigureReading {
    let figure: FigureID? = .fig1
    let figureCharts = [FigureChart("fig1", number: "R1", paper: "Fig 1")]

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 1 — projections of the lucky majority and minority neuron over training (mean ± 1 std over \(r.plan.profile.seeds) seeds, each seed's own lucky neuron; v is one random unit direction of the noise space per run). Shaded: the bias schedule, not the measured stages — b = 0 until T1, then the threshold ramps (from b = κσ‖w‖ at T1), frozen from T2; the dashed line marks the mean step at which the measured stage 3 is reached. In grey with an arrow, what the paper expects: on the majority panel the dominant projection rising while the noise shrinks; on the minority panel separation after the majority neuron's (dotted line: the majority's mean separation step; dashed: the minority's own)."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let first = r.trajectories.first else { return [] }
        let steps = first.steps
        let n = r.trajectories.count
        func band(_ values: [[Double]]) -> [DataPoint] {
            steps.indices.map { t in
                let s = SeedSummary(values.compactMap { t < $0.count ? $0[t] : nil })
                return DataPoint(x: Double(steps[t]), y: s.mean, lower: s.mean - s.std, upper: s.mean + s.std,
                                 seeds: FigureBuilder.seedCount(s, planned: values.count))
            }
        }
        func panel(_ name: String, _ pick: (NeuronTrajectorySet) -> NeuronTrace?, guide: PaperGuide?) -> LineChart {
            let traces = r.trajectories.compactMap(pick)
            let total = Double(steps.last ?? 0)
            var refs: [ReferenceLine] = []
            // Where the minority neuron does separate, beside the guide's "later than the majority".
            if case .after? = guide?.mark, let own = Figure1.meanSeparation(traces, end: steps.last ?? 0) {
                refs.append(ReferenceLine(x: own, label: "separates (mean)"))
            }
            let reached = traces.compactMap(\.stage3Step)
            if reached.count == traces.count && !reached.isEmpty {
                refs.append(ReferenceLine(x: Double(reached.reduce(0, +)) / Double(reached.count), label: "stage 3 reached (mean)"))
            }
            return LineChart(
                id: "\(id)-\(name)", title: "\(name) neuron" + (reached.count < traces.count ? " (no stage 3 in \(traces.count - reached.count)/\(traces.count))" : ""),
                description: "Lucky \(name) neuron: projections over training steps, mean over \(n) seeds.",
                xAxis: Axis(title: "training step"), yAxis: Axis(title: "projection magnitude"),
                series: [
                    Series(key: "dominant", label: "|⟨w, M_dominant⟩|", points: band(traces.map(\.dominant))),
                    Series(key: "other", label: "max other |⟨w, M_j⟩|", points: band(traces.map(\.strongestOther))),
                    Series(key: "noise", label: "noise-space norm", points: band(traces.map(\.noise))),
                ] + (traces.allSatisfy({ !$0.noiseDirection.isEmpty })
                    ? [Series(key: "noise-direction", label: "one noise direction |⟨w, v⟩|", points: band(traces.map(\.noiseDirection)))]
                    : []),
                bandDescription: "shaded band: ±1 std over \(n) seeds; grey background: bias schedule, not measured stages",
                shadedRanges: [
                    ShadedRange(from: 0, to: Double(first.biasStartStep), label: "b = 0"),
                    ShadedRange(from: Double(first.biasStartStep), to: Double(first.biasFreezeStep), label: "threshold ramps"),
                    ShadedRange(from: Double(first.biasFreezeStep), to: total, label: "b frozen"),
                ],
                referenceLines: refs, guide: guide)
        }
        let majoritySeparation = Figure1.meanSeparation(r.trajectories.compactMap(\.majority), end: steps.last ?? 0)
        let later = majoritySeparation.map {
            PaperGuide(mark: .after(x: $0), text: "paper expects: later than the majority (step \(NumberFormat.format($0, decimals: 0)))")
        }
        return [.multiples(SmallMultiples(
            id: id, title: "Training dynamics of lucky neurons (ε_min = 0.1, NSR = 1)",
            description: "Projection of the lucky majority and minority neurons on their dominant feature, on the strongest other feature and on the noise space, over training; mean over \(n) seeds.",
            panels: [panel("majority", \.majority, guide: PaperGuide(mark: .trend(rising: true), text: "paper expects: dominant rises, noise shrinks")),
                     panel("minority", \.minority, guide: later)], columns: 2, sharedY: true))]
    }

    /// The mean separation step of `traces`, a neuron that never separated counted at the last
    /// step `end` (as the claim's sub-test censors it); nil without traces.
    static func meanSeparation(_ traces: [NeuronTrace], end: Int) -> Double? {
        guard !traces.isEmpty else { return nil }
        return Double(traces.map { $0.separationStep ?? end }.reduce(0, +)) / Double(traces.count)
    }

    /// What we see: the minority neuron's separation relative to the majority one (the
    /// `separates-later` sub-test's Δ and 95 % interval, else the traces' means), against the
    /// paper's "later", and how the three-stage checks stand.
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id, let first = r.trajectories.first else { return nil }
        let end = first.steps.last ?? 0
        let observation: String
        let later = WhatWeSee.checks(r, .minorityLearnedLater, stems: [.separatesLater]).first
        if let e = later?.evidence, e.estimate.isFinite, e.ci95.count == 2 {
            let q = Quantity.steps, (lo, hi) = (NumberFormat.format(e.ci95[0], decimals: 0), NumberFormat.format(e.ci95[1], decimals: 0))
            let spread = lo == hi ? "the same in all \(e.n) seeds" : "95% CI \(lo) to \(hi), n = \(e.n) seeds"
            observation = "the minority neuron separates \(WhatWeSee.value(abs(e.estimate), q)) \(e.estimate >= 0 ? "after" : "before") the majority one on average (\(spread))"
        } else if let maj = Figure1.meanSeparation(r.trajectories.compactMap(\.majority), end: end),
                  let mnr = Figure1.meanSeparation(r.trajectories.compactMap(\.minority), end: end) {
            observation = "the minority neuron separates at step \(NumberFormat.format(mnr, decimals: 0)) on average, the majority one at step \(NumberFormat.format(maj, decimals: 0))"
        } else {
            return nil
        }
        var s = WhatWeSee.sentence(observation, expects: "later",
                                   checks: WhatWeSee.checks(r, .minorityLearnedLater), claim: WhatWeSee.claim(r, .minorityLearnedLater))
        if let stages = WhatWeSee.claim(r, .threeStages) {
            let against = stages.confirmatory.filter { $0.verdict == .fail }.map { $0.id.rawValue.replacingOccurrences(of: "-", with: " ") }
            s += WhatWeSee.also("Three stages" + (against.isEmpty ? "" : " (failing: " + against.joined(separator: ", ") + ")"),
                                stages.confirmatory, claim: stages)
        }
        return s
    }
}
