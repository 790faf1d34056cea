import Claims
import Experiments
import Learning
import Markup
import Results
import SVGCharts

/// Figure 6 — pruning vs no pruning over ε_min at NSR = 1 (`pruning` sweep), and Figure 6b, the
/// pruning ratio α of the lead variant (`ratio` sweep).
///
/// Figure 6 is a grid of small multiples: one column per pruning variant (the lead variant, the
/// only one whose sub-tests decide the claim, first and framed) and one row per metric; each panel
/// shows the compared pair only — the variant (coloured, solid) against the unpruned run with the
/// same dictionary (black, dashed) — with explicit styles, so colour, dash and marker all separate
/// the pair in greyscale and under colour-vision deficiencies. A row shares one y range. Each panel
/// carries the paper's expectation (pruned above no pruning; below for the MSE), and each panel of
/// Figure 6b hatches the side of the α = 0 level the paper expects.
struct Figure6: ReportFigure, FigureReading {
    let figure: FigureID? = .fig6
    let figureCharts = [FigureChart("fig6", number: "R6", paper: "Fig 6"), FigureChart("fig6-ratio", number: "R6b", paper: "Fig 6 (pruning ratio)")]
    var ratioID: String { "\(id)-ratio" }

    /// The minority metrics shown in both panels' rows (the experiment side's one list).
    static let metrics = Experiments.Figure6.minorityMetrics

    /// Whether the paper expects pruning to raise `metric` (max-cosines, specialist counts) rather
    /// than lower it (the regression error).
    static func pruningRaises(_ metric: Metric) -> Bool {
        metric != .regressionMSEMinority
    }

    /// The unpruned baseline: black (light grey in dark mode), dashed; circle for the random
    /// dictionary, square for the identity one.
    static func baselineStyle(_ d: DictionaryKind) -> SeriesStyle {
        SeriesStyle(colorIndex: 0, dash: "7 3", marker: d == .random ? .circle : .square)
    }

    /// The i-th variant in figure order (lead first): a palette colour other than black and
    /// yellow, solid, with a marker that no baseline uses. The colours that keep their hue under
    /// deuteranopia come first (blue, vermillion, sky blue, orange); bluish green and reddish
    /// purple, which turn grey there, only from the fifth variant on.
    static func variantStyle(_ i: Int) -> SeriesStyle {
        let colors = [5, 6, 2, 1, 3, 7], markers: [MarkerShape] = [.triangle, .diamond, .cross]
        return SeriesStyle(colorIndex: colors[i % colors.count], dash: nil, marker: markers[i % markers.count])
    }

    /// The variants in figure order: the lead first, then the plan's order; only those with data.
    static func orderedVariants(_ r: ReportResults, _ sweep: SweepResult) -> [PruningVariant] {
        let present = r.plan.variants.filter { !sweep.series(.variant($0.key)).isEmpty }
        return present.filter { $0.key == Experiments.Figure6.leadKey } + present.filter { $0.key != Experiments.Figure6.leadKey }
    }

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        let p = r.plan.profile, n = p.seeds
        let reduced = p.exploratoryPruningEpsGrid == p.pruningEpsGrid ? ""
            : " The exploratory variants (all but weight 90%, identity M) run at ε_min = \(p.exploratoryPruningEpsGrid.map { NumberFormat.label($0) }.joined(separator: ", ")) only in this profile, the points their sub-tests read."
        switch chartID {
        case id: return "Figure 6 — minority metrics with and without pruning vs ε_min at NSR = 1: one column per pruning variant, one row per metric; each panel shows the variant (solid, coloured) against no pruning with the same dictionary M (black, dashed), the pair the sub-tests compare. The framed first column is the lead variant (weight 90%, identity M), the only one that decides the claim; the others are exploratory. Mean over \(n) seeds; shaded band: ±1 std, and for neuron counts (specialists) the 95% CI of the mean (t interval over seeds), clamped at 0. Weight-based rows come in pairs: the dense (learned) weights W, which the claims read, and the masked weights W ⊙ mask the pruned forward pass uses (zeroing small coordinates raises the cosine with axis-aligned features by construction); without pruning the two are equal." + reduced
        case ratioID: return "Figure 6b — minority metrics vs pruning ratio α (weight level, identity dictionary, ε_min = 0.1, NSR = 1); α = 0 is no pruning, and the dotted line repeats its value across each panel (zero effect of pruning). The y axes start at 0 (cosines run to 1), so a change reads at its true size. Dense and masked weights as in Figure 6; mean over \(n) seeds, shaded band: ±1 std, and for neuron counts the 95% CI of the mean, clamped at 0."
        default: return nil
        }
    }

    /// Figure 6 as small multiples (see the type documentation).
    func pruningChart(_ r: ReportResults, _ sweep: SweepResult) -> Chart {
        let seeds = r.plan.profile.seeds
        let variants = Figure6.orderedVariants(r, sweep)
        let labels = FigureBuilder.variantLabels(r)
        var panels: [LineChart] = []
        for (metric, what) in Figure6.metrics {
            let all = FigureBuilder.series(sweep, metric: metric, label: { labels[$0] ?? $0.description })
            let count = FigureBuilder.countMetrics.contains(metric)
            var row: [LineChart] = []
            for (i, v) in variants.enumerated() {
                let lead = v.key == Experiments.Figure6.leadKey
                var base = all.first { $0.key == SeriesKey.unpruned(v.dictionary).description }
                var pruned = all.first { $0.key == v.key.rawValue }
                base?.style = Figure6.baselineStyle(v.dictionary)
                pruned?.style = Figure6.variantStyle(i)
                row.append(LineChart(
                    id: "\(id)-\(metric.rawValue)-\(v.key)", title: v.label + (lead ? " (lead: decides the claim)" : " (exploratory)"),
                    description: "\(what): \(v.label) against no pruning with the same dictionary, against ε_min, \(FigureBuilder.bandPhrase([metric], seeds: seeds)).",
                    xAxis: Axis(title: "ε_min (log scale)", scale: .log10), yAxis: Axis(title: what, min: count ? 0 : nil),
                    series: [base, pruned].compactMap { $0 }, bandDescription: FigureBuilder.bandNote(count: count, seeds: seeds),
                    group: what, emphasised: lead,
                    guide: PaperGuide(mark: .order(above: Figure6.pruningRaises(metric)),
                                      text: "paper expects: pruned \(Figure6.pruningRaises(metric) ? "higher" : "lower")")))
            }
            // One y range per row, so the variants of a metric compare at a glance.
            let values = row.flatMap(FigureBuilder.plottedValues)
            // Counts from 0; cosines within 0…1 (a ±1 sd band past 1 is clipped there).
            if let lo = values.min(), let hi = values.max() {
                let cosine = [.maxCosMinority, .maxCosMinorityMasked].contains(metric)
                var (a, b) = TickGenerator.niceDomain(min: count ? 0 : lo, max: hi)
                if count { a = 0 }
                if cosine { (a, b) = (max(0, a), min(1, b)) }
                for k in row.indices { (row[k].yAxis.min, row[k].yAxis.max) = (a, b) }
            }
            panels += row
        }
        return .multiples(SmallMultiples(
            id: id, title: "Pruning vs no pruning (NSR = 1), one column per variant",
            description: "Pruning vs no pruning at NSR = 1: for each pruning variant (columns, lead variant first) and each minority metric (rows), the variant against no pruning with the same dictionary, against ε_min; \(FigureBuilder.bandPhrase(Figure6.metrics.map(\.0), seeds: seeds)).",
            panels: panels, columns: max(1, variants.count), sharedY: false))
    }

    /// Figure 6b: each metric against α with the α = 0 (no pruning) level as a reference line and
    /// a y axis from 0 (to 1 for cosines).
    func ratioChart(_ r: ReportResults, _ ratio: SweepResult) -> Chart {
        let seeds = r.plan.profile.seeds
        let labels = FigureBuilder.variantLabels(r)
        let panels = Figure6.metrics.map { metric, what -> LineChart in
            var c = FigureBuilder.lineChart(ratio, id: "\(ratioID)-\(metric.rawValue)", title: what, metric: metric, yTitle: what,
                                            seeds: seeds, label: { labels[$0] ?? $0.description }, logX: false,
                                            xTitle: "pruning ratio α (0 = none)")
            for k in c.series.indices where c.series[k].key == Experiments.Figure6.leadKey.rawValue { c.series[k].style = Figure6.variantStyle(0) }
            let cosine = [.maxCosMinority, .maxCosMinorityMasked].contains(metric)
            c.yAxis.min = 0
            if cosine { c.yAxis.max = 1 }
            if let none = c.series.first?.points.first(where: { $0.x == 0 }), none.y.isFinite {
                c.referenceLevels = [ReferenceLevel(y: none.y, label: "no pruning (α = 0): \(NumberFormat.compact(none.y, significant: 3))")]
                let up = Figure6.pruningRaises(metric)
                c.guide = PaperGuide(mark: .side(y: none.y, above: up), text: "paper expects: \(up ? "above" : "below") the α = 0 level (hatched)")
            }
            return c
        }
        return .multiples(SmallMultiples(
            id: ratioID, title: "Pruning ratio α at ε_min = 0.1, NSR = 1",
            description: "Pruning ratio α at ε_min = 0.1, NSR = 1: \(Figure6.metrics.map(\.1).joined(separator: ", ")) against α, with the α = 0 (no pruning) level drawn across each panel; y axes from 0; \(FigureBuilder.bandPhrase(Figure6.metrics.map(\.0), seeds: seeds)).",
            panels: panels, columns: 2, sharedY: false))
    }

    /// What we see: Figure 6, the lead variant's effect (pruned − unpruned means, same dictionary)
    /// over ε_min on the three metrics the claim reads, against the claim's confirmatory checks;
    /// Figure 6b, each metric at the largest α against α = 0 (no sub-test reads it).
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String? {
        let claimed: [(Metric, String)] = [(.maxCosMinority, "max-cosine"), (.specialistsMinority, "specialists"), (.regressionMSEMinority, "MSE")]
        switch chartID {
        case id:
            guard let sweep = r.sweeps.first(where: { $0.id == .pruning }),
                  let lead = r.plan.variants.first(where: { $0.key == Experiments.Figure6.leadKey }) else { return nil }
            let effects = claimed.compactMap { metric, what -> String? in
                let base = Dictionary(WhatWeSee.curve(sweep, .unpruned(lead.dictionary), metric).map { ($0.x, $0.y) }, uniquingKeysWith: { a, _ in a })
                let d = WhatWeSee.curve(sweep, .variant(lead.key), metric).compactMap { p in base[p.x].map { p.y - $0 } }
                guard let lo = d.min(), let hi = d.max() else { return nil }
                let q = metric.quantity
                let toward = d.filter { Figure6.pruningRaises(metric) ? $0 > 0 : $0 < 0 }.count
                return "\(what) Δ \(lo == hi ? WhatWeSee.signed(lo, q) : NumberFormat.signed(lo * q.scale, decimals: q.decimals) + " to " + WhatWeSee.signed(hi, q)) (the paper's way at \(toward) of \(d.count) ε_min)"
            }
            guard !effects.isEmpty else { return nil }
            return WhatWeSee.sentence("\(lead.label) against no pruning, minority features: " + effects.joined(separator: "; "),
                                      expects: "higher max-cosine and specialists, lower MSE",
                                      checks: WhatWeSee.checks(r, .pruningRestoresMinority), claim: WhatWeSee.claim(r, .pruningRestoresMinority))
        case ratioID:
            guard let ratio = r.sweeps.first(where: { $0.id == .ratio }), let key = ratio.seriesKeys.first else { return nil }
            var moved = 0, total = 0
            let short: [Metric: String] = [.maxCosMinority: "max-cosine (dense)", .maxCosMinorityMasked: "(masked)",
                                           .specialistsMinority: "specialists (dense)", .specialistsMinorityMasked: "(masked)",
                                           .regressionMSEMinority: "MSE"]
            let parts = Figure6.metrics.compactMap { metric, what -> String? in
                let c = WhatWeSee.curve(ratio, key, metric)
                guard let none = c.first(where: { $0.x == 0 }), let top = c.last, top.x > 0 else { return nil }
                total += 1
                if Figure6.pruningRaises(metric) ? top.y > none.y : top.y < none.y { moved += 1 }
                let q = metric.quantity
                return "\(short[metric] ?? what) \(NumberFormat.format(none.y * q.scale, decimals: q.decimals)) → \(WhatWeSee.value(top.y, q))"
            }
            guard let top = WhatWeSee.curve(ratio, key, .maxCosMinority).last?.x, !parts.isEmpty else { return nil }
            return "from α = 0 to α = \(NumberFormat.label(top)), minority " + parts.joined(separator: ", ")
                + "; the paper expects higher cosines and specialists, lower MSE — \(moved) of \(total) means move that way (no sub-test reads this figure)."
        default:
            return nil
        }
    }

    func charts(_ r: ReportResults) -> [Chart] {
        var out: [Chart] = []
        if let pruning = r.sweeps.first(where: { $0.id == .pruning }) { out.append(pruningChart(r, pruning)) }
        if let ratio = r.sweeps.first(where: { $0.id == .ratio }) { out.append(ratioChart(r, ratio)) }
        return out
    }
}
