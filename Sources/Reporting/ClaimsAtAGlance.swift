import Experiments
import Markup

/// The Summary's first table: each paper claim, where the paper shows it, our verdict at the
/// default reading (the ledger's), and where it holds in the robustness map (k of N readings and
/// what decides it; the favourable reading's confirmation on fresh seeds).
enum ClaimsAtAGlance {
    static func table(_ r: ReportResults) -> String {
        let map = r.readings.map(RobustnessMap.init)
        let rows: [[HTMLTable.Cell]] = r.claims.map { c in
            var holds = "not in the map (a different experiment)"
            if let row = map?.row(c.id) {
                holds = "PASS in \(row.passIn) of \(row.readingCount) readings (FAIL in \(row.failIn)); \(RobustnessMap.decidedBy(row))"
                if let f = row.favourableID, let v = row.confirmedVerdict { holds += "; best reading \(f) on fresh seeds: \(v.rawValue)" }
            } else if map == nil {
                holds = "the map was not run"
            }
            return [.html("<a href=\"#claim-\(Escape.xml(c.id))\">\(Escape.xml(c.id))</a>"), .text(c.reference),
                    .html(HTML.badge(verdict: c.verdict.rawValue)), .text(holds)]
        }
        return HTMLTable(header: ["Claim", "Paper", "Default reading", "Where it holds (robustness map)"], rows: rows,
                         caption: "The paper's claims at a glance: our verdict at the default reading, and across the map's readings.",
                         className: "glance").render()
    }
}
