import Claims
import Experiments
import Markup
import Results
import SVGCharts

/// Figure 4 — positive-pair cosine on fresh pairs vs ε_min, one curve per NSR (`main` sweep), with
/// the paper's expectation (imbalance hurts the representation: rising with ε_min).
struct Figure4: ReportFigure, FigureReading {
    let figure: FigureID? = .fig4
    let figureCharts = [FigureChart("fig4", number: "R4", paper: "Fig 4")]

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        return "Figure 4 — mean cosine between the representations of fresh positive pairs vs ε_min; mean ± 1 std over \(r.plan.profile.seeds) seeds."
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let main = r.sweeps.first(where: { $0.id == .main }) else { return [] }
        var c = FigureBuilder.lineChart(main, id: id, title: "Positive-pair cosine on fresh pairs", metric: .positivePairCosine,
                                        yTitle: "mean cos(f(X), f(Y))", seeds: r.plan.profile.seeds, label: FigureBuilder.nsrLabel)
        c.guide = PaperGuide(mark: .trend(rising: true), text: "paper expects: rises with ε_min (less imbalance)")
        return [.line(c)]
    }

    /// What we see: the positive-pair cosine over ε_min per NSR, against C5's cosine trend checks.
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id, let main = r.sweeps.first(where: { $0.id == .main }) else { return nil }
        let spans = WhatWeSee.nsrs(main).compactMap { v in
            WhatWeSee.span(WhatWeSee.curve(main, .nsr(v), .positivePairCosine), .ratio).map { (NumberFormat.label(v), $0) }
        }
        guard let first = spans.first else { return nil }
        let observation = "at NSR = \(first.0) the positive-pair cosine goes \(first.1)"
            + spans.dropFirst().map { ", at NSR = \($0.0) \($0.1)" }.joined()
        return WhatWeSee.sentence(observation, expects: "it to rise with ε_min",
                                  checks: WhatWeSee.checks(r, .imbalanceHurtsRepresentation, stems: [.positivePairCosine]),
                                  claim: WhatWeSee.claim(r, .imbalanceHurtsRepresentation))
    }
}
