import Claims
import Experiments
import Learning
import LongTail
import Markup
import Results
import SVGCharts

/// Figure 7 — real long-tailed data: linear-probe accuracy and head–tail gap Δ20 against ρ,
/// without and with pruning, with the scale baselines (raw-pixel probe, untrained encoder) drawn as
/// flat lines across ρ in the accuracy panel; its section also carries the table.
/// Present only when the results carry the long-tail table.
struct Figure7: ReportFigure, FigureReading {
    let figure: FigureID? = .longTail
    let figureCharts = [FigureChart("fig7", number: "R7", paper: "Table (long-tailed data)")]

    func caption(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id else { return nil }
        let ds = r.longTail.map { LongTailData.displayName($0.dataset) } ?? "long-tailed data"
        let baselines = r.longTail?.rawPixelAccuracy != nil
            ? " Flat lines: the same probe on the raw pixels and on the untrained encoder (ρ = 1 pipeline, drawn across ρ for scale)." : ""
        return "Figure 7 — \(ds)-LT: linear-probe accuracy (left) and head–tail gap Δ20 (right) vs imbalance ratio ρ, without and with pruning; mean ± 1 sd over seeds.\(baselines)"
    }

    /// The paired pruning effect on accuracy at every ρ ≥ 10 beside the paper's gain (`LongTailObserved`).
    func whatWeSee(_ chartID: String, _ r: ReportResults) -> String? {
        guard chartID == id, let t = r.longTail else { return nil }
        return LongTailObserved.sentence(t)
    }

    func charts(_ r: ReportResults) -> [Chart] {
        guard let t = r.longTail, !t.rows.isEmpty else { return [] }
        let seeds = Figure7.seeds(t)
        func points(_ pick: (LongTailRow) -> SeedSummary) -> [DataPoint] {
            t.rows.map { row in
                let s = pick(row)
                return DataPoint(x: row.rho, y: 100 * s.mean, lower: 100 * (s.mean - s.std), upper: 100 * (s.mean + s.std),
                                 seeds: FigureBuilder.seedCount(s, planned: s.planned))
            }
        }
        /// A reference accuracy measured at ρ = 1, drawn flat over the ρ range.
        func flat(_ s: SeedSummary?) -> [DataPoint] {
            guard let s, let lo = t.rows.first?.rho, let hi = t.rows.last?.rho, lo < hi else { return [] }
            return [lo, hi].map { DataPoint(x: $0, y: 100 * s.mean, lower: 100 * (s.mean - s.std), upper: 100 * (s.mean + s.std),
                                            seeds: FigureBuilder.seedCount(s, planned: s.planned)) }
        }
        var accSeries = [Series(key: Figure7.without, label: "without pruning", points: points(\.accuracyWithout)),
                         Series(key: Figure7.with, label: "with pruning (\(t.pruning))", points: points(\.accuracyWith))]
        // The paper beside us: our without-pruning mean plus the paper's CIFAR10-LT gain at the same ρ
        // (SPEC §7) — where "with pruning" would sit if the paper's effect carried over.
        let expected = t.rows.compactMap { row -> DataPoint? in
            guard let p = LongTailTableHTML.paperCIFAR10[row.rho], row.accuracyWithout.mean.isFinite else { return nil }
            return DataPoint(x: row.rho, y: 100 * row.accuracyWithout.mean + (p.1 - p.0))
        }
        if expected.count >= 2 {
            accSeries.append(Series(key: Figure7.paperExpected, label: "paper's expectation: without pruning + the paper's CIFAR10-LT gain",
                                    points: expected, style: SeriesStyle(colorIndex: 7, dash: "2 3", marker: .diamond)))
        }
        let raw = flat(t.rawPixelAccuracy), untrained = flat(t.untrainedEncoderAccuracy)
        if !raw.isEmpty { accSeries.append(Series(key: Figure7.rawPixels, label: "raw pixels (ρ = 1)", points: raw)) }
        if !untrained.isEmpty { accSeries.append(Series(key: Figure7.untrained, label: "untrained encoder (ρ = 1)", points: untrained)) }
        let acc = LineChart(id: "\(id)-accuracy", title: "Linear-probe accuracy",
                            description: "Overall test accuracy vs ρ, without and with pruning, mean over \(seeds) seeds\(raw.isEmpty ? "" : "; flat lines: the raw-pixel probe and the untrained encoder at ρ = 1").",
                            xAxis: Axis(title: "imbalance ratio ρ (log scale)", scale: .log10), yAxis: Axis(title: "accuracy (%)"),
                            series: accSeries,
                            bandDescription: "shaded band: ±1 std over \(seeds) seeds")
        let gap = LineChart(id: "\(id)-gap", title: "Head–tail gap Δ20", description: "Δ20 vs ρ, without and with pruning, mean over \(seeds) seeds.",
                            xAxis: Axis(title: "imbalance ratio ρ (log scale)", scale: .log10), yAxis: Axis(title: "Δ20 (percentage points)"),
                            series: [Series(key: Figure7.without, label: "without pruning", points: points(\.gapWithout)),
                                     Series(key: Figure7.with, label: "with pruning (\(t.pruning))", points: points(\.gapWith))],
                            bandDescription: "shaded band: ±1 std over \(seeds) seeds")
        return [.multiples(SmallMultiples(id: id, title: "\(LongTailData.displayName(t.dataset))-LT: accuracy and head–tail gap",
                                          description: "Linear-probe accuracy and Δ20 against ρ, without and with pruning, mean over \(seeds) seeds.",
                                          panels: [acc, gap], columns: 2, sharedY: false))]
    }

    func sectionContext(_ r: ReportResults, blocks: inout BlockSplicer) -> (any SectionContext)? {
        context(r, blocks: &blocks)
    }

    /// The `longTail` section of the template: dataset, pruning setting, table and baselines.
    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> LongTailContext? {
        guard let lt = r.longTail else { return nil }
        var section = LongTailContext(dataset: LongTailData.displayName(lt.dataset), pruning: lt.pruning, table: blocks.token(for: LongTailTableHTML.html(lt)),
                                      paperTable: blocks.token(for: LongTailTableHTML.paperHTML(lt)))
        if let config = lt.protocolConfig {
            section.protocol = LongTailProtocol.context(config)
            section.convEncoder = config.conv != nil
        }
        if let beats = lt.encoderBeatsRawPixels { section.encoderBeatsRawPixels = beats; section.encoderBelowRawPixels = !beats }
        if let g = lt.encoderGate {
            section.encoderGate = .init(difference: NumberFormat.signed(100 * g.difference, decimals: 2),
                                        ciLow: NumberFormat.format(100 * g.ciLow, decimals: 2), ciHigh: NumberFormat.format(100 * g.ciHigh, decimals: 2),
                                        pairs: g.pairs, margin: NumberFormat.format(100 * LongTailEncoderGate.margin, decimals: 0),
                                        holds: g.holds)
        }
        if let p = lt.premise {
            section.premise = .init(holds: p.holds, fails: !p.holds, rhoLow: NumberFormat.label(p.rhoLow), rhoHigh: NumberFormat.label(p.rhoHigh),
                                    tailLow: NumberFormat.format(100 * p.tailLow, decimals: 2), tailHigh: NumberFormat.format(100 * p.tailHigh, decimals: 2),
                                    change: NumberFormat.signed(100 * p.meanChange, decimals: 2), se: NumberFormat.format(100 * p.standardError, decimals: 2),
                                    pairs: p.pairs, spearman: NumberFormat.format(p.spearman, decimals: 2),
                                    hasSpearman: p.spearman.isFinite)
        }
        if let raw = lt.rawPixelAccuracy, let untrained = lt.untrainedEncoderAccuracy {
            section.baselines = .init(rawPixels: LongTailTableHTML.pm(raw), untrained: LongTailTableHTML.pm(untrained))
        }
        return section
    }

    /// Chart series of the two arms (shared with Figure 8, so they keep one style).
    static let without = "lt-without", with = "lt-with"
    /// Series of the scale baselines in the accuracy panel.
    static let rawPixels = "lt-raw-pixels", untrained = "lt-untrained"
    /// Series of the paper's expected with-pruning accuracy (our without + the paper's gain).
    static let paperExpected = "lt-paper-expected"

    /// Seeds per arm of the table.
    static func seeds(_ t: LongTailTable) -> Int { t.rows.first.map { $0.perSeedAccuracyWith.count } ?? 0 }
}
