import Claims
import Markup
import Readings
import Results

/// The Summary's first table, the answer on the first screen: per paper claim our verdict at the
/// default reading (the ledger's), the claim in a few words (linked to its sub-tests), where the
/// paper shows it, our primary effect at the default reading with its 95% interval (the robustness
/// map's default reading), and in how many of the map's readings the claim holds and what decides
/// it. The verdict comes first so that a phone shows it without sideways scrolling.
enum ClaimsAtAGlance {
    static func table(_ r: ReportResults) -> String {
        let map = r.readings.map(RobustnessMap.init)
        let atDefault = r.readings?.defaultEvaluation
        let rows: [[HTMLTable.Cell]] = r.claims.map { c in
            var holds = "not in the map (a different experiment)", effect = "—"
            if let row = map?.row(c.id) {
                holds = "\(row.passIn) of \(row.readingCount) readings; \(RobustnessMap.decidedBy(row, withEffects: false))"
                if let e = atDefault?.effects[c.id] { effect = StatLabel.interval(e) }
            } else if map == nil {
                holds = "the map was not run"
            }
            if effect == "—", let e = longTailEffect(c) { effect = e }
            return [.html(HTML.badge(verdict: c.verdict.rawValue)),
                    .html("<a href=\"#claim-\(Escape.xml(c.id.rawValue))\">\(Escape.xml(c.shortClaim))</a>"),
                    .text(c.reference), .text(effect), .text(holds)]
        }
        let seeds = atDefault.map { ", seeds \($0.seedLabel)" } ?? ""
        return HTMLTable(header: ["Verdict", "The paper's claim", "Paper", "Primary effect Δ [95% CI]\(seeds)", "PASS in (robustness map)"],
                         rows: rows,
                         caption: "At a glance: our verdict at the default reading, the primary effect there (> 0: the paper's direction), and where in the robustness map the claim passes.",
                         className: "glance").render()
    }

    /// The long-tail claim's primary effect, not in the map: pruning's paired effect on probe accuracy
    /// at the largest ρ its sub-tests read, in points with the 95% interval (its evidence is in fractions).
    static func longTailEffect(_ c: PaperClaim) -> String? {
        guard c.section == .longTail, let s = c.subTests.last(where: { $0.id.value(of: .accuracy, .rho) != nil }),
              let rho = s.id.value(of: .accuracy, .rho),
              let e = s.evidence, e.ci95.count == 2, e.estimate.isFinite else { return nil }
        let f = { (v: Double) in NumberFormat.format(100 * v, decimals: 2) }
        return "\(f(e.estimate)) pts [\(f(e.ci95[0])), \(f(e.ci95[1]))] (accuracy, ρ = \(rho))"
    }
}
