import Claims
import Foundation
import Learning
import Markup
import Results

/// The Mustache context of `templates/report.md`: numbers as formatted strings, trusted HTML
/// (tables, badges, figures) as block tokens, lists for sections.
enum ReportContext {
    static func f(_ v: Double, _ d: Int = 3) -> String { NumberFormat.format(v, decimals: d) }

    static func make(_ r: ReportResults, blocks: inout BlockSplicer, figures: [String: String]) -> [String: Any] {
        var claimsBySection: [String: Any] = [:]
        for figure in FigureID.allCases {
            let items = r.claims.filter { $0.section == figure }.map { c in
                ClaimItem(badge: blocks.token(for: HTML.badge(verdict: c.verdict.rawValue)), id: c.id.rawValue,
                          head: blocks.token(for: ClaimLinks.itemHead(c)), links: blocks.token(for: ClaimLinks.itemLinks(c)),
                          paperSays: c.paperSays, reference: c.reference, rule: c.rule.description, note: c.note,
                          subTests: blocks.token(for: ClaimLedger.subTests(c) + "\n" + PrintedSubTests.block(c)))
            }
            claimsBySection[figure.templateKey] = items
            if let legacy = figure.legacyTemplateKey { claimsBySection[legacy] = items }
        }
        let counts = Dictionary(grouping: r.claims, by: \.verdict).mapValues(\.count)
        let base = r.plan.base
        var context: [String: Any] = [
            "profile": r.profile.rawValue,
            "seeds": String(r.plan.profile.seeds),
            "epsGrid": r.plan.profile.epsGrid.map { NumberFormat.label($0) }.joined(separator: ", "),
            "nsrs": r.plan.profile.nsrs.map { NumberFormat.label($0) }.joined(separator: ", "),
            "d": String(base.features), "d1": String(base.ambientDim), "L": String(base.tokens), "m": String(base.neurons),
            "K": String(base.batchSize), "T": String(base.steps), "eta": String(base.learningRate), "tau": String(base.temperature),
            "trajectorySteps": String(base.steps * r.plan.profile.trajectoryStepFactor),
            "sigma2": r.plan.profile.nsrs.map { nsr -> String in
                var c = base; c.nsr = nsr
                return "\(f(c.noiseVariance, 5)) at NSR = \(NumberFormat.label(nsr))"
            }.joined(separator: ", "),
            "minorityCount": String(base.minorityCount), "p0": String(base.activation),
            "claimCount": String(r.claims.count),
            "subTestCount": String(r.claims.reduce(0) { $0 + $1.subTests.count }),
            "convention": StatLabel.convention,
            "passCount": String(counts[.pass] ?? 0), "failCount": String(counts[.fail] ?? 0),
            "inconclusiveCount": String(counts[.inconclusive] ?? 0),
            "figures": figures,
            ReportBuilder.figureSectionsKey: FigureID.allCases.map(FigureSection.init),
            "claims": claimsBySection,
            "ledger": blocks.token(for: ClaimLedger.table(r.claims, explainedBy: r)),
            "glance": blocks.token(for: ClaimsAtAGlance.table(r)),
            "assumptions": blocks.token(for: AssumptionsTable.html(r.plan)),
            "variants": r.plan.variants.map { ["label": $0.label, "key": $0.key.rawValue] },
            "provenance": [
                "tool": r.provenance.tool, "commit": r.provenance.gitCommit, "swift": r.provenance.swiftVersion,
                "blas": r.provenance.blas, "runs": String(r.provenance.runs),
                "digest": r.provenance.cacheDigest,
                "date": r.provenance.commitDate ?? "unknown", "year": String((r.provenance.commitDate ?? "unknown").prefix(4)),
                "hasCost": r.provenance.modelledCPUHours != nil,
                "cpuHours": r.provenance.modelledCPUHours.map { NumberFormat.format($0, decimals: $0 < 10 ? 2 : 1) } ?? "",
                "calibration": r.provenance.costCalibration ?? "",
            ],
        ]
        for figure in FigureBuilder.figures {
            context.merge(figure.context(r, blocks: &blocks)) { _, new in new }
        }
        return context
    }
}
