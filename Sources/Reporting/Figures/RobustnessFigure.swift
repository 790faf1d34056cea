import Claims
import Experiments
import Learning
import Markup
import Readings
import Results
import SVGCharts

/// The robustness map (ROBUSTNESS.md): the decision space (each factor, its two levels, which is the
/// literal reading, why the default), the design (generators, resolution, defining relation), per
/// claim the headline "reproduces in k of N readings; decided by …", a Pareto chart of its factorial
/// effects and its specification curve coloured by the claim's verdict at each reading, and the
/// readings × claims table of verdicts.
struct RobustnessFigure: ReportFigure {
    let id = "robustness"

    func charts(_ r: ReportResults) -> [Chart] { [] }
    func caption(_ chartID: String, _ r: ReportResults) -> String? { nil }

    func sectionContext(_ r: ReportResults, blocks: inout BlockSplicer) -> (any SectionContext)? {
        context(r, blocks: &blocks)
    }

    /// The `robustness` section of the template; nil without a map.
    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> RobustnessContext? {
        guard let readings = r.readings else { return nil }
        let map = RobustnessMap(readings)
        let design = readings.design
        let paper = Dictionary(r.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let claims = map.rows.map { row in
            let ledger = paper[row.claimID]
            return RobustnessContext.Claim(
                id: row.claimID.rawValue, paperSays: ledger?.paperSays ?? "", reference: ledger?.reference ?? "",
                primary: row.primaryLabel,
                passIn: String(row.passIn), failIn: String(row.failIn), inconclusiveIn: String(row.inconclusiveIn),
                readingCount: String(row.readingCount),
                defaultVerdict: row.defaultVerdict?.rawValue ?? "n/a",
                decidedBy: RobustnessMap.decidedBy(row),
                favourable: row.favourableID ?? "none",
                confirmedVerdict: row.confirmedVerdict?.rawValue ?? "n/a",
                confirmedEffect: row.confirmedEffect.map { StatLabel.claim($0, decimals: 3) } ?? "n/a",
                pruningOnly: row.relevantFactors.count == design.choices.count,
                relevantCount: String(row.relevantFactors.count),
                // The Pareto chart and the specification curve as one pair (side by side in print).
                figures: blocks.token(for: "<div class=\"figure-pair\">\n" + RobustnessFigure.effectsFigure(row, readings)
                                                 + RobustnessFigure.curve(row, readings) + "</div>\n"),
                hasFavourable: row.favourableID != nil)
        }
        let mapBase = ReadingsComputation.mapBase(profile: r.plan.profile, base: r.plan.base)
        let shortest = readings.design.design.definingRelation.filter { $0.factors.count == readings.resolution }
        let relation = shortest.map { "I = \($0.sign < 0 ? "−" : "")\(FactorialDesign.name($0.factors))" }
        return RobustnessContext(
            readingCount: String(design.design.runCount), factorCount: String(design.choices.count),
            baseCount: String(design.design.baseFactors),
            resolution: RobustnessFigure.roman(readings.resolution),
            generators: design.generatorNames.joined(separator: ", "),
            relation: relation.joined(separator: ", "), relationCount: String(readings.definingRelation.count),
            shortestCount: String(relation.count),
            seedsSearch: readings.defaultEvaluation?.seedLabel ?? "", searchSeeds: String(design.searchSeeds),
            seedsConfirm: readings.confirmations.first?.seedLabel ?? "",
            claimCount: String(map.rows.count),
            choicesTable: blocks.token(for: RobustnessFigure.choicesTable(design, base: mapBase)),
            mapAtOtherSize: r.plan.profile.mapProfile != r.plan.profile, mapSize: RobustnessFigure.sizeLabel(mapBase),
            mapProfile: r.plan.profile.mapProfile.rawValue,
            map: blocks.token(for: RobustnessFigure.mapTable(map)),
            claims: claims)
    }

    /// "d = 10, d1 = 200, m = 64, batch 64, T = 3000 steps".
    static func sizeLabel(_ c: EngineConfig) -> String {
        "d = \(c.features), d1 = \(c.ambientDim), m = \(c.neurons), batch \(c.batchSize), T = \(c.steps) steps, \(c.trainPairs) training pairs"
    }

    static func roman(_ n: Int) -> String {
        switch n { case 3: "III"; case 4: "IV"; case 5: "V"; case 6: "VI"; case 7: "VII"; case Int.max: "∞ (full factorial)"; default: String(n) }
    }

    /// The decision space: each factor, its letter, both levels, whether the default is the literal reading, why.
    static func choicesTable(_ design: MapDesign, base: EngineConfig) -> String {
        HTMLTable(header: ["Factor", "Default level", "Other level", "Affects", "Why the default"],
                  textRows: design.choices.enumerated().map { i, c in
                      ["\(design.letter(i)) — \(c.title)", c.defaultLabel + (c.defaultIsLiteral ? " (literal reading)" : " (a departure, argued)"),
                       c.alternativeLabel.replacingOccurrences(of: "trainPairs pairs", with: "\(base.trainPairs) pairs"),
                       c.scope == .all ? "every synthetic claim" : "the pruning claim only",
                       c.justification]
                  }, caption: "The decision space, declared before any run: each factor's two levels.", className: "choices").render()
    }

    /// Readings × claims: the claim's verdict in each reading (map form), factor levels as letters.
    static func mapTable(_ map: RobustnessMap) -> String {
        let r = map.result, design = r.design
        let header = ["Reading", "Other levels"] + map.rows.map(\.claimID.rawValue)
        func cells(_ e: ReadingEvaluation, label: String) -> [HTMLTable.Cell] {
            let letters = design.choices.indices.filter { e.reading.usesAlternative(design.choices[$0]) }.map { design.letter($0) }.joined()
            return [.text(label), .text(letters.isEmpty ? "none (default)" : letters)] + map.rows.map { row -> HTMLTable.Cell in
                guard let claim = e.claim(row.claimID) else { return .text("—") }
                return .html(HTML.badge(verdict: claim.verdict.rawValue))
            }
        }
        let rows = r.evaluations.map { cells($0, label: $0.reading.id) }
            + r.confirmations.map { cells($0, label: "\($0.reading.id), fresh seeds") }
        return HTMLTable(header: header, rows: rows,
                         caption: "Each claim's verdict in each reading (its map form: paired over the reading's seeds \(r.evaluations.first?.seedLabel ?? ""), Holm within the claim); the last rows re-run each claim's favourable reading on fresh seeds \(r.confirmations.first?.seedLabel ?? ""). Letters: the factors at their other level. The primary effects are in each claim's specification curve and its data table.",
                         className: "robustness-map").render()
    }

    /// The claim's factorial effects as a Pareto chart (Daniel 1959): main effects and two-factor
    /// interaction chains, largest |estimate| first, 95% intervals over seeds, filled when Holm-detectable.
    static func effectsFigure(_ row: RobustnessMap.Row, _ r: ReadingsResult) -> String {
        let n = row.effects.first?.n ?? 0
        let chart = EffectsChart(
            id: "effects-\(row.claimID)", title: "\(row.claimID): factorial effects on the primary effect",
            description: "Main effects and two-factor interactions (with their alias chains) of \(row.claimID)'s primary effect (\(row.primaryLabel)), estimated from the \(r.design.design.runCount)-reading design over \(n) seeds.",
            xTitle: "effect (> 0: paper's direction)",
            bars: row.effects.map { e in
                .init(label: e.label, kind: e.kind == .main ? .main : .interaction, estimate: e.estimate,
                      low: e.ciLow, high: e.ciHigh, significant: e.significant)
            },
            maxBars: 10,
            intervalDescription: "whiskers: 95% Student-t interval over \(n) seeds; filled: Holm-adjusted p ≤ 0.05 within the claim")
        var phone = chart
        phone.id += "-narrow"
        return HTML.figure(id: chart.id, svg: EffectsChartRenderer.render(chart),
                           caption: "Effects — \(row.claimID): each bar is the mean change of the primary effect when a factor (blue) or a pair of factors (orange, hatched; aliased pairs joined by =) goes to its other level; \(RobustnessMap.decidedBy(row)).",
                           dataTable: EffectsChartRenderer.dataTable(chart),
                           narrowSVG: EffectsChartRenderer.render(phone, width: ChartRenderer.narrowWidth))
    }

    /// The claim's specification curve: one column per reading (and its confirmation), sorted by the
    /// primary effect, coloured by the claim's verdict at that reading; rows = the relevant factors.
    static func curve(_ row: RobustnessMap.Row, _ r: ReadingsResult) -> String {
        let choices = row.relevantFactors.map { r.design.choices[$0] }
        let rowsNames = choices.map(\.title) + ["Confirmation, fresh seeds"]
        func column(_ e: ReadingEvaluation, confirmation: Bool) -> SpecificationCurve.Column? {
            guard let c = e.effects[row.claimID], let claim = e.claim(row.claimID) else { return nil }
            return .init(label: confirmation ? "\(e.reading.id) (confirmation)" : e.reading.id, estimate: c.estimate,
                         low: c.ciLow, high: c.ciHigh, verdict: claim.verdict.rawValue,
                         alternatives: choices.map { e.reading.usesAlternative($0) } + [confirmation])
        }
        var cols = r.evaluations.compactMap { column($0, confirmation: false) }
        if let f = row.favourableID, let e = r.confirmation(f), let c = column(e, confirmation: true) { cols.append(c) }
        let curve = SpecificationCurve(
            id: "spec-\(row.claimID)", title: "\(row.claimID): \(row.primaryLabel)",
            description: "\(row.claimID): the primary effect per reading with its 95% t interval over seeds, sorted, coloured by the claim's verdict at that reading; the rows below mark the factors at their other level (filled dot).",
            yTitle: "primary effect (> 0: paper's direction)", choiceRows: rowsNames, columns: cols,
            intervalDescription: "bars: 95% t interval over the reading's seeds; colour/shape: the claim's verdict at that reading (map form)")
        var phone = curve
        phone.id += "-narrow"
        phone.title = "\(row.claimID): primary effect by reading"
        return HTML.figure(id: curve.id, svg: SpecificationCurveRenderer.render(curve),
                           caption: "Specification curve — \(row.claimID): \(row.primaryLabel). One column per reading, sorted by the estimate, coloured by the claim's verdict there (the same verdict as the table of readings).",
                           dataTable: SpecificationCurveRenderer.dataTable(curve),
                           narrowSVG: SpecificationCurveRenderer.render(phone, width: ChartRenderer.narrowWidth))
    }
}
