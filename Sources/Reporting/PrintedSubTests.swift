import Claims
import Markup

/// The sub-test table of a claim as printed: on paper a folded `<details>` shows only its summary,
/// so the evidence (each sub-test's verdict, id and statistic with its Holm-adjusted test) is
/// repeated in a `print-only` block the screen never shows. The declared rules stay on screen and
/// in `results.json`; print keeps the numbers.
enum PrintedSubTests {
    static func block(_ c: PaperClaim) -> String {
        let rows: [[HTMLTable.Cell]] = c.subTests.map { s in
            [.text(s.verdict.rawValue), .text(s.id.rawValue + (s.exploratory ? " (exploratory)" : "")), .text(s.statistic)]
        }
        return "<div class=\"print-only subtests-print\">\n"
            + HTMLTable(header: ["Verdict", "Sub-test", "Statistic"], rows: rows, className: "subtests-print").render()
            + "\n</div>"
    }
}
