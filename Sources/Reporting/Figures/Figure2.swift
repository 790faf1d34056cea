import Claims
import Experiments
import Markup
import Results
import SVGCharts

/// Figure 2 — neurons aligned with minority / majority features vs ε_min, one curve per NSR (`main`
/// sweep), and Figure 2b — minority max-cosine vs the number of neurons m (`neurons` sweep). The
/// paper's expectation is drawn on each minority panel: more aligned neurons as ε_min rises (and
/// fewer at the higher NSR), a higher max-cosine with more neurons.
struct Figure2: ReportFigure, FigureReading {
    let figure: FigureID? = .fig2
    let figureCharts = [FigureChart("fig2", number: "R2", paper: "Fig 2"), FigureChart("fig2-neurons", number: "R2b", paper: nil)]

    var neuronsID: String { "\(id)-neurons" }

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        if chartID == neuronsID {
            return "Figure 2b — minority (and majority) max-cosine vs the number of neurons m at ε_min = 0.1, NSR = 1; mean ± 1 std over \(r.plan.profile.seeds) seeds (claim \(ClaimID.minorityWeakerFewer): imbalance needs more neurons)."
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
        let noisiest = WhatWeSee.nsrs(main).last.map { "NSR = " + NumberFormat.label($0) } ?? "higher NSR"
        var out = [WhatWeSee.guided(FigureBuilder.pairChart(main, id: id, title: "Neurons aligned with minority / majority features",
                                                          metrics: [(.alignedMinority, "minority features"), (.alignedMajority, "majority features")],
                                                          yTitle: "aligned neurons (cos ≥ \(r.plan.base.alignThreshold))", seeds: r.plan.profile.seeds),
                                  PaperGuide(mark: .trend(rising: true), text: "paper expects: rises with ε_min, fewer at \(noisiest)"))]
        if let neurons = r.sweeps.first(where: { $0.id == .neurons }), !neurons.points.isEmpty {
            out.append(WhatWeSee.guided(FigureBuilder.panels(neurons, id: neuronsID, title: "Max-cosine vs number of neurons m (ε_min = 0.1, NSR = 1)",
                                                           metrics: [(.maxCosMinority, "minority max-cosine"), (.maxCosMajority, "majority max-cosine")],
                                                           xTitle: "neurons m (log scale)", logX: true, seeds: r.plan.profile.seeds,
                                                           xTicks: neuronTicks(neurons), label: FigureBuilder.nsrLabel),
                                      PaperGuide(mark: .trend(rising: true), text: "paper expects: rises with m")))
        }
        return out
    }

    /// What we see: Figure 2, the minority-aligned count over ε_min at the lowest NSR and the
    /// noise contrast, against the aligned-count checks of C3 and C4; Figure 2b, the minority
    /// max-cosine over m against C3's neuron-count check.
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String? {
        if chartID == neuronsID {
            guard let neurons = r.sweeps.first(where: { $0.id == .neurons }),
                  let span = WhatWeSee.span(WhatWeSee.curve(neurons, .nsr(1), .maxCosMinority), .ratio, x: "m") else { return nil }
            return WhatWeSee.sentence("the minority max-cosine goes " + span, expects: "it to rise with m",
                                      checks: WhatWeSee.checks(r, .minorityWeakerFewer, stems: [.moreNeuronsHelpMinority]),
                                      claim: WhatWeSee.claim(r, .minorityWeakerFewer))
        }
        guard chartID == id, let main = r.sweeps.first(where: { $0.id == .main }), let lo = WhatWeSee.nsrs(main).first,
              let span = WhatWeSee.span(WhatWeSee.curve(main, .nsr(lo), .alignedMinority), .neurons) else { return nil }
        var observation = "at NSR = \(NumberFormat.label(lo)) minority-aligned neurons go " + span
        if let noise = WhatWeSee.noiseContrast(main, .alignedMinority, expectLower: true) { observation += "; " + noise }
        var s = WhatWeSee.sentence(observation, expects: "more as ε_min rises",
                                   checks: WhatWeSee.checks(r, .minorityWeakerFewer, stems: [.alignedMinority]),
                                   claim: WhatWeSee.claim(r, .minorityWeakerFewer))
        let noise = WhatWeSee.checks(r, .noiseHurtsMinority, stems: [.init(Metric.alignedMinority)])
        s += WhatWeSee.also("Fewer with more noise", noise, claim: WhatWeSee.claim(r, .noiseHurtsMinority))
        return s
    }
}
