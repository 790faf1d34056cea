import Experiments
import SVGCharts

/// Figure 2 — neurons aligned with minority / majority features vs ε_min, one curve per NSR (`main`
/// sweep), and Figure 2b — minority max-cosine vs the number of neurons m (`neurons` sweep).
struct Figure2: ReportFigure {
    let figure: FigureID? = .fig2

    var neuronsID: String { "\(id)-neurons" }

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        if chartID == neuronsID {
            return "Figure 2b — minority (and majority) max-cosine vs the number of neurons m at ε_min = 0.1, NSR = 1; mean ± 1 std over \(r.plan.profile.seeds) seeds (claim minority-weaker-fewer: imbalance needs more neurons)."
        }
        guard chartID == id else { return nil }
        return "Figure 2 — number of neurons with cos ≥ \(r.plan.base.alignThreshold) to some minority (left) or majority (right) feature vs ε_min, one curve per NSR; mean over \(r.plan.profile.seeds) seeds, shaded band: 95% CI of the mean (t interval over seeds), clamped at 0."
    }

    /// The x ticks of Figure 2b: the tested numbers of neurons m (the sweep's x values), not
    /// the log axis's nice 50/100/200.
    func neuronTicks(_ neurons: SweepResult) -> [Double] {
        Array(Set(neurons.points.map(\.x))).sorted()
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let main = r.sweeps.first(where: { $0.id == .main }) else { return [] }
        var out = [FigureBuilder.pairChart(main, id: id, title: "Neurons aligned with minority / majority features",
                                           metrics: [(.alignedMinority, "minority features"), (.alignedMajority, "majority features")],
                                           yTitle: "aligned neurons (cos ≥ \(r.plan.base.alignThreshold))", seeds: r.plan.profile.seeds)]
        if let neurons = r.sweeps.first(where: { $0.id == .neurons }), !neurons.points.isEmpty {
            out.append(FigureBuilder.panels(neurons, id: neuronsID, title: "Max-cosine vs number of neurons m (ε_min = 0.1, NSR = 1)",
                                            metrics: [(.maxCosMinority, "minority max-cosine"), (.maxCosMajority, "majority max-cosine")],
                                            xTitle: "neurons m (log scale)", logX: true, seeds: r.plan.profile.seeds,
                                            xTicks: neuronTicks(neurons), label: FigureBuilder.nsrLabel))
        }
        return out
    }
}
