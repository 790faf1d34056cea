import Claims
import Experiments
import Markup
import Results
import SVGCharts

/// Figure 5 — downstream ridge regression, normalised test MSE, minority and majority targets (`main`
/// sweep), with the paper's expectation on the minority panel: falling with ε_min, higher at the higher NSR.
struct Figure5: ReportFigure, FigureReading {
    let figure: FigureID? = .fig5
    let figureCharts = [FigureChart("fig5", number: "R5", paper: "Fig 5")]

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 5 — ridge-probe test MSE normalised by Var(y) for a target on minority (left) or majority (right) features vs ε_min; mean ± 1 std over \(r.plan.profile.seeds) seeds."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let main = r.sweeps.first(where: { $0.id == .main }) else { return [] }
        let noisiest = WhatWeSee.nsrs(main).last.map { "NSR = " + NumberFormat.label($0) } ?? "higher NSR"
        return [WhatWeSee.guided(FigureBuilder.pairChart(main, id: id, title: "Downstream ridge regression, normalised test MSE",
                                                       metrics: [(.regressionMSEMinority, "target on minority features"),
                                                                 (.regressionMSEMajority, "target on majority features")],
                                                       yTitle: "test MSE / Var(y)", seeds: r.plan.profile.seeds),
                               PaperGuide(mark: .trend(rising: false), text: "paper expects: falls with ε_min, higher at \(noisiest)"))]
    }

    /// What we see: the minority-target MSE over ε_min at the lowest NSR and the noise contrast,
    /// against C5's MSE trend checks and C4's MSE checks.
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id, let main = r.sweeps.first(where: { $0.id == .main }), let lo = WhatWeSee.nsrs(main).first,
              let span = WhatWeSee.span(WhatWeSee.curve(main, .nsr(lo), .regressionMSEMinority), .ratio) else { return nil }
        var observation = "at NSR = \(NumberFormat.label(lo)) the minority-target MSE goes " + span
        if let noise = WhatWeSee.noiseContrast(main, .regressionMSEMinority, expectLower: false) { observation += "; it is " + noise }
        var s = WhatWeSee.sentence(observation, expects: "it to fall as ε_min rises",
                                   checks: WhatWeSee.checks(r, .imbalanceHurtsRepresentation, stems: [.minorityMSE]),
                                   claim: WhatWeSee.claim(r, .imbalanceHurtsRepresentation))
        let noise = WhatWeSee.checks(r, .noiseHurtsMinority, stems: [.init(Metric.regressionMSEMinority)])
        s += WhatWeSee.also("Higher with more noise", noise, claim: WhatWeSee.claim(r, .noiseHurtsMinority))
        return s
    }
}
