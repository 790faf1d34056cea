import Claims
import Experiments
import Markup
import Results
import SVGCharts

/// Figure 3 — best alignment per feature, minority and majority, vs ε_min (`main` sweep), with the
/// paper's expectation on the minority panel: rising with ε_min, lower at the higher NSR.
struct Figure3: ReportFigure, FigureReading {
    let figure: FigureID? = .fig3
    let figureCharts = [FigureChart("fig3", number: "R3", paper: "Fig 3")]

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 3 — mean over features of the best neuron's cosine, minority (left) and majority (right), vs ε_min; mean ± 1 std over \(r.plan.profile.seeds) seeds."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let main = r.sweeps.first(where: { $0.id == .main }) else { return [] }
        let noisiest = WhatWeSee.nsrs(main).last.map { "NSR = " + NumberFormat.label($0) } ?? "higher NSR"
        return [WhatWeSee.guided(FigureBuilder.pairChart(main, id: id, title: "Best alignment per feature",
                                                       metrics: [(.maxCosMinority, "minority features"), (.maxCosMajority, "majority features")],
                                                       yTitle: "mean_j max_i cos(w_i, M_j)", seeds: r.plan.profile.seeds),
                               PaperGuide(mark: .trend(rising: true), text: "paper expects: rises with ε_min, lower at \(noisiest)"))]
    }

    /// What we see: the minority max-cosine over ε_min at the lowest NSR and the noise contrast per
    /// ε_min, against C4's max-cosine checks (lower at the higher NSR).
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id, let main = r.sweeps.first(where: { $0.id == .main }), let lo = WhatWeSee.nsrs(main).first,
              let span = WhatWeSee.span(WhatWeSee.curve(main, .nsr(lo), .maxCosMinority), .ratio) else { return nil }
        var observation = "at NSR = \(NumberFormat.label(lo)) the minority max-cosine goes " + span
        if let noise = WhatWeSee.noiseContrast(main, .maxCosMinority, expectLower: true) { observation += "; it is " + noise }
        return WhatWeSee.sentence(observation, expects: "it lower with more noise at every ε_min",
                                  checks: WhatWeSee.checks(r, .noiseHurtsMinority, stems: [.init(Metric.maxCosMinority)]),
                                  claim: WhatWeSee.claim(r, .noiseHurtsMinority))
    }
}
