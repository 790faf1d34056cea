import Experiments
import SVGCharts

/// Figure 6 — pruning vs no pruning over ε_min at NSR = 1 (`pruning` sweep), and Figure 6b, the
/// pruning ratio α of the lead variant (`ratio` sweep).
struct Figure6: ReportFigure {
    let id = "fig6"
    var chartIDs: [String] { [id, ratioID] }
    var ratioID: String { "\(id)-ratio" }
    var section: SectionID? { .fig6 }

    /// The minority metrics shown in both panels' rows: the weight-based ones on the dense (learned)
    /// weights, which the claims read, and on the masked weights the pruned forward pass uses.
    static let metrics: [(Metric, String)] = [
        (.maxCosMinority, "minority max-cosine (dense W)"), (.maxCosMinorityMasked, "minority max-cosine (masked W ⊙ mask)"),
        (.specialistsMinority, "minority specialists (dense W)"), (.specialistsMinorityMasked, "minority specialists (masked W ⊙ mask)"),
        (.regressionMSEMinority, "minority regression MSE"),
    ]

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        let p = r.plan.profile, n = p.seeds
        let reduced = p.exploratoryPruningEpsGrid == p.pruningEpsGrid ? ""
            : " The exploratory variants (all but weight 90%, identity M) run at ε_min = \(p.exploratoryPruningEpsGrid.map { ReportPlan.label($0) }.joined(separator: ", ")) only in this profile, the points their sub-tests read."
        switch chartID {
        case id: return "Figure 6 — minority metrics with and without pruning vs ε_min at NSR = 1 (baselines: no pruning with a random or an identity dictionary); mean ± 1 std over \(n) seeds. Weight-based panels come in pairs: the dense (learned) weights W, which the claims read, and the masked weights W ⊙ mask the pruned forward pass uses (zeroing small coordinates raises the cosine with axis-aligned features by construction); without pruning the two are equal." + reduced
        case ratioID: return "Figure 6b — minority metrics vs pruning ratio α (weight level, identity dictionary, ε_min = 0.1, NSR = 1); α = 0 is no pruning; dense and masked weights as in Figure 6; mean ± 1 std over \(n) seeds."
        default: return nil
        }
    }

    func charts(_ r: ReportResults) -> [Chart] {
        var out: [Chart] = []
        let labels = FigureBuilder.variantLabels(r)
        if let pruning = r.sweeps.first(where: { $0.id == .pruning }) {
            out.append(FigureBuilder.panels(pruning, id: id, title: "Pruning vs no pruning (NSR = 1)", metrics: Figure6.metrics,
                                            xTitle: "ε_min (log scale)", logX: true, seeds: r.plan.profile.seeds, columns: 2,
                                            label: { labels[$0] ?? $0.description }))
        }
        if let ratio = r.sweeps.first(where: { $0.id == .ratio }) {
            out.append(FigureBuilder.panels(ratio, id: ratioID, title: "Pruning ratio α at ε_min = 0.1, NSR = 1", metrics: Figure6.metrics,
                                            xTitle: "pruning ratio α (0 = none)", logX: false, seeds: r.plan.profile.seeds, columns: 2,
                                            label: { labels[$0] ?? $0.description }))
        }
        return out
    }
}
