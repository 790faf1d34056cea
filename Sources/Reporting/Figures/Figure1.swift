import Experiments
import Learning
import SVGCharts

/// Figure 1 — training dynamics: two panels (lucky majority neuron, lucky minority neuron), each
/// with the dominant projection, the strongest other projection and the noise norm, mean ± std
/// over seeds on the shared checkpoints, the three phases of the bias schedule shaded (labelled as
/// the schedule, not as the paper's stages, which are measured per run), and the mean measured
/// stage-3 step marked.
struct Figure1: ReportFigure {
    let figure: FigureID? = .fig1

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 1 — projections of the lucky majority and minority neuron over training (mean ± 1 std over \(r.plan.profile.seeds) seeds, each seed's own lucky neuron; v is one random unit direction of the noise space per run). Shaded: the bias schedule, not the measured stages — b = 0 until T1, then the threshold ramps (from b = κσ‖w‖ at T1), frozen from T2; the dashed line marks the mean step at which the measured stage 3 is reached."
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
        func panel(_ name: String, _ pick: (NeuronTrajectorySet) -> NeuronTrace?) -> LineChart {
            let traces = r.trajectories.compactMap(pick)
            let total = Double(steps.last ?? 0)
            var refs: [ReferenceLine] = []
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
                referenceLines: refs)
        }
        return [.multiples(SmallMultiples(
            id: id, title: "Training dynamics of lucky neurons (ε_min = 0.1, NSR = 1)",
            description: "Projection of the lucky majority and minority neurons on their dominant feature, on the strongest other feature and on the noise space, over training; mean over \(n) seeds.",
            panels: [panel("majority", \.majority), panel("minority", \.minority)], columns: 2, sharedY: true))]
    }
}
