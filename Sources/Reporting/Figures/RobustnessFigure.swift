import Experiments
import Learning
import Markup
import SVGCharts

/// The robustness map (issue 13, ROBUSTNESS.md): the decision space (each OPEN choice, default and
/// alternative, why), the map (claims × readings, verdict badges with the key statistic, sub-tests
/// folded), one specification curve per claim effect, and per-claim answers for the template.
struct RobustnessFigure: ReportFigure {
    let id = "robustness"

    var chartIDs: [String] { [] }
    func charts(_ r: ReportResults) -> [Chart] { [] }
    func caption(_ chartID: String, _ r: ReportResults) -> String? { nil }

    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> [String: Any] {
        guard let readings = r.readings else { return [:] }
        let map = RobustnessMap(readings)
        let confirm = readings.confirmation
        let favourite = readings.evaluation(readings.favourableID)
        let claims: [[String: Any]] = map.rows.map { row in
            var c: [String: Any] = [
                "id": row.claimID, "paperSays": row.paperSays, "reference": row.reference,
                "passIn": String(row.passIn), "failIn": String(row.failIn), "inconclusiveIn": String(row.inconclusiveIn),
                "declaredCount": String(row.declaredCount),
                "defaultVerdict": row.defaultVerdict?.rawValue ?? "n/a",
                "defaultPass": row.defaultVerdict == .pass, "anyPass": row.passIn > 0,
                "confirmedVerdict": row.confirmedVerdict?.rawValue ?? "n/a", "confirmedPass": row.confirmedVerdict == .pass,
                "decidingFlips": row.decidingFlips,
            ]
            if let d = row.decidingChoice {
                c["deciding"] = ["title": d.title, "defaultLabel": d.defaultLabel,
                                 "alternativeLabel": d.alternativeLabel.replacingOccurrences(of: "(trainPairs pairs)", with: "(\(r.plan.base.trainPairs) pairs)"),
                                 "spread": row.decidingSpread.isFinite ? NumberFormat.format(row.decidingSpread, decimals: 3) : "",
                                 "hasSpread": row.decidingSpread.isFinite]
            }
            return c
        }
        return ["robustness": [
            "searched": String(readings.searched), "declaredCount": String(map.declared.count),
            "seedsSearch": readings.defaultEvaluation?.seedLabel ?? "", "seedsConfirm": confirm.seedLabel,
            "favourableTitle": favourite?.reading.title ?? readings.favourableID,
            "favourableIsDefault": readings.favourableID == Reading.defaultReading.id,
            "favourablePass": String(favourite?.count(.pass) ?? 0), "confirmedPass": String(confirm.count(.pass)),
            "confirmedFail": String(confirm.count(.fail)), "claimCount": String(map.rows.count),
            "epsGrid": r.plan.profile.readingEpsGrid.map { ReportPlan.label($0) }.joined(separator: ", "),
            "choicesTable": blocks.token(for: RobustnessFigure.choicesTable(readings.choices, base: r.plan.base)),
            "map": blocks.token(for: RobustnessFigure.mapTable(map)),
            "curves": blocks.token(for: RobustnessFigure.curves(map)),
            "claims": claims,
        ] as [String: Any]]
    }

    /// The decision space: each OPEN choice, its default (with the reason) and its alternative.
    static func choicesTable(_ choices: [ReadingChoice], base: EngineConfig) -> String {
        HTMLTable(header: ["OPEN choice", "Default reading", "Alternative", "Fields", "Why the default (SPEC)"],
                  textRows: choices.map { c in
                      [c.title, c.defaultLabel, c.alternativeLabel.replacingOccurrences(of: "(trainPairs pairs)", with: "(\(base.trainPairs) pairs)"),
                       c.alternativePatch.keys.sorted().map { "\($0): \(c.defaultPatch[$0] ?? "") → \(c.alternativePatch[$0]!)" }.joined(separator: ", "),
                       c.justification]
                  }, caption: "The decision space, declared in code (ReadingChoice.all) before any run.", className: "choices").render()
    }

    /// Claims × readings: verdict badge and key statistic per cell, the claim's sub-tests folded.
    static func mapTable(_ map: RobustnessMap) -> String {
        let header = ["Claim"] + map.columns.map { col -> String in
            let e = col.evaluation
            return col.isConfirmation ? "Favourable: \(e.reading.id) (confirmed, seeds \(e.seedLabel))" : "\(e.reading.id) (seeds \(e.seedLabel))"
        }
        let rows: [[HTMLTable.Cell]] = map.rows.map { row in
            let rules = (row.cells.compactMap { $0 }.first?.subTests ?? []).map { "<li>\(Escape.xml($0.id)): \(Escape.xml($0.rule))</li>" }.joined()
            let head = HTMLTable.Cell.html("<details><summary>\(Escape.xml(row.claimID))</summary><p>\(Escape.xml(row.reference)): \(Escape.xml(row.paperSays))</p><ul>\(rules)</ul></details>")
            return [head] + row.cells.map { cell -> HTMLTable.Cell in
                guard let claim = cell else { return .text("—") }
                let badge = HTML.badge(verdict: claim.verdict.rawValue)
                if claim.subTests.count == 1, let s = claim.subTests.first {
                    return .html("\(badge)<br><small>\(Escape.xml(s.statistic))</small>")
                }
                let tally = claim.tally.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
                let items = claim.subTests.map { "<li>\(HTML.badge(verdict: $0.verdict.rawValue)) \(Escape.xml($0.id)): \(Escape.xml($0.statistic))</li>" }.joined()
                return .html("\(badge)<details><summary>\(Escape.xml(tally))</summary><ul>\(items)</ul></details>")
            }
        }
        return HTMLTable(header: header, rows: rows,
                         caption: "Rows: the paper's claims (open a claim for its sub-tests' rules). Columns: the default reading, one change at a time, and the most favourable reading of the search re-run on fresh seeds (its only verdicts shown).",
                         className: "robustness-map").render()
    }

    /// One specification curve per claim effect, as page figures.
    static func curves(_ map: RobustnessMap) -> String {
        let choices = map.result.choices
        let rows = choices.map(\.title) + ["Confirmation, fresh seeds"]
        return ClaimEffect.all.map { effect -> String in
            let cols = map.columns.compactMap { col -> SpecificationCurve.Column? in
                guard let c = col.evaluation.effects[effect.id] else { return nil }
                let label = col.isConfirmation ? "\(col.evaluation.reading.id) (confirmation)" : col.evaluation.reading.id
                return .init(label: label, estimate: c.estimate, low: c.ciLow, high: c.ciHigh, verdict: c.verdict.rawValue,
                             alternatives: choices.map { col.evaluation.reading.usesAlternative($0) } + [col.isConfirmation])
            }
            let curve = SpecificationCurve(
                id: "spec-\(effect.id)", title: effect.label,
                description: "\(effect.label): paired estimate per reading with its 95% t interval, sorted; the rows below mark which OPEN choices each reading changes to its alternative (filled dot) or keeps at the default (ring).",
                yTitle: "Δ (claim predicts \(effect.direction == .increase ? "> 0" : "< 0"))", choiceRows: rows, columns: cols,
                intervalDescription: "bars: 95% paired t interval over the reading's seeds; colour/shape: its verdict against zero")
            return HTML.figure(id: curve.id, svg: SpecificationCurveRenderer.render(curve),
                               caption: "Specification curve — \(effect.label); the paper's direction is Δ \(effect.direction == .increase ? "> 0" : "< 0"). One column per reading, sorted by the estimate; the column with no filled dot is the default reading.",
                               dataTable: SpecificationCurveRenderer.dataTable(curve))
        }.joined(separator: "\n")
    }
}
