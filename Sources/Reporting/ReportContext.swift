import Claims
import Foundation
import Learning
import Markup
import Results

/// Builds the Mustache context of `templates/report.md` (``TemplateContext``): the page's own values
/// (``PageContext``), then each section's (``ReportFigure/sectionContext(_:blocks:)``, in page order).
enum ReportContext {
    static func f(_ v: Double, _ d: Int = 3) -> String { NumberFormat.format(v, decimals: d) }

    static func make(_ r: ReportResults, blocks: inout BlockSplicer, figures: [String: String]) -> TemplateContext {
        var claimsBySection: [FigureID: [ClaimItem]] = [:]
        for figure in FigureID.all {
            claimsBySection[figure] = r.claims.filter { $0.section == figure }.map { c in
                ClaimItem(badge: blocks.token(for: HTML.badge(verdict: c.verdict.rawValue)), id: c.id.rawValue,
                          head: blocks.token(for: ClaimLinks.itemHead(c)), links: blocks.token(for: ClaimLinks.itemLinks(c)),
                          paperSays: c.paperSays, reference: c.reference, rule: c.rule.description, note: c.note,
                          subTests: blocks.token(for: ClaimLedger.subTests(c) + "\n" + PrintedSubTests.block(c)))
            }
        }
        let counts = Dictionary(grouping: r.claims, by: \.verdict).mapValues(\.count)
        let base = r.plan.base
        let ledger = blocks.token(for: ClaimLedger.table(r.claims, explainedBy: r))
        let glance = blocks.token(for: ClaimsAtAGlance.table(r))
        let assumptions = blocks.token(for: AssumptionsTable.html(r.plan))
        let date = r.provenance.commitDate ?? "unknown"
        let page = PageContext(
            profile: r.profile.rawValue,
            seeds: String(r.plan.profile.seeds),
            epsGrid: r.plan.profile.epsGrid.map { NumberFormat.label($0) }.joined(separator: ", "),
            nsrs: r.plan.profile.nsrs.map { NumberFormat.label($0) }.joined(separator: ", "),
            d: String(base.features), d1: String(base.ambientDim), L: String(base.tokens), m: String(base.neurons),
            K: String(base.batchSize), T: String(base.steps), eta: String(base.learningRate), tau: String(base.temperature),
            trajectorySteps: String(base.steps * r.plan.profile.trajectoryStepFactor),
            sigma2: r.plan.profile.nsrs.map { nsr -> String in
                var c = base; c.nsr = nsr
                return "\(f(c.noiseVariance, 5)) at NSR = \(NumberFormat.label(nsr))"
            }.joined(separator: ", "),
            minorityCount: String(base.minorityCount), p0: String(base.activation),
            claimCount: String(r.claims.count),
            subTestCount: String(r.claims.reduce(0) { $0 + $1.subTests.count }),
            convention: StatLabel.convention,
            passCount: String(counts[.pass] ?? 0), failCount: String(counts[.fail] ?? 0),
            inconclusiveCount: String(counts[.inconclusive] ?? 0),
            figures: figures,
            figureSections: FigureID.all.map(FigureSection.init),
            claims: ClaimLists(claimsBySection),
            ledger: ledger, glance: glance, assumptions: assumptions,
            variants: r.plan.variants.map { PageContext.Variant(label: $0.label, key: $0.key.rawValue) },
            provenance: PageContext.ProvenanceLines(
                tool: r.provenance.tool, commit: r.provenance.gitCommit, swift: r.provenance.swiftVersion,
                blas: r.provenance.blas, runs: String(r.provenance.runs),
                digest: r.provenance.cacheDigest,
                date: date, year: String(date.prefix(4)),
                hasCost: r.provenance.modelledCPUHours != nil,
                cpuHours: r.provenance.modelledCPUHours.map { NumberFormat.format($0, decimals: $0 < 10 ? 2 : 1) } ?? "",
                calibration: r.provenance.costCalibration ?? ""))
        let sections = FigureBuilder.figures.compactMap { $0.sectionContext(r, blocks: &blocks) }
        return TemplateContext(page: page, sections: sections)
    }
}
