import Claims
import Markup
import Results

/// HTML of the paper claims: the ledger (one row per claim, verdict first so it is visible on a
/// narrow screen, its sub-tests folded under it in a `<details>`), and the folded sub-test table
/// shown under each claim in its figure's section.
enum ClaimLedger {
    /// "3 PASS, 1 FAIL, 0 INCONCLUSIVE" over the confirmatory sub-tests, plus the exploratory count.
    static func tallyText(_ c: PaperClaim) -> String {
        var s = c.tally.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        let exploratory = c.subTests.count - c.confirmatory.count
        if exploratory > 0 { s += " (+ \(exploratory) exploratory)" }
        return s
    }

    /// The folded table of a claim's sub-tests: verdict, id, declared rule, statistic.
    static func subTests(_ c: PaperClaim) -> String {
        let n = c.subTests.count
        let rows: [[HTMLTable.Cell]] = c.subTests.map { s in
            [.html(HTML.badge(verdict: s.verdict.rawValue)),
             .html(Escape.xml(s.id.rawValue) + (s.exploratory ? "<br><em>exploratory</em>" : "")),
             .text(s.rule), .text(s.statistic)]
        }
        let table = HTMLTable(header: ["Verdict", "Sub-test", "Declared rule", "Statistic"], rows: rows, className: "subtests").render()
        return "<details class=\"subtests\">\n<summary>\(n) sub-test\(n == 1 ? "" : "s"): \(Escape.xml(tallyText(c)))</summary>\n"
            + table + "\n</details>"
    }

    /// The folded "How this verdict was computed": `VerdictExplanation`'s text (the same that
    /// `clreport explain <id>` prints). Collapsed on screen; not printed (print hides `details`).
    static func howComputed(_ c: PaperClaim, _ results: ReportResults) -> String {
        "<details class=\"how-computed\">\n<summary>How this verdict was computed</summary>\n<pre class=\"how-computed\">"
            + Escape.xml(VerdictExplanation.text(c, in: results)) + "</pre>\n</details>"
    }

    /// The claims ledger: per paper claim its verdict (carrying the anchor `ledger-<id>`), the claim
    /// (linked to its item and figure), the paper's words and reference, the declared combination
    /// rule and the sub-test tally; the sub-tests folded in a row under it, and with `results` the
    /// folded explanation of the verdict (`howComputed`).
    static func table(_ claims: [PaperClaim], explainedBy results: ReportResults? = nil) -> String {
        var out = "<table class=\"ledger\">\n<thead><tr><th scope=\"col\">Verdict</th><th scope=\"col\">Claim</th><th scope=\"col\">Paper says</th><th scope=\"col\">Rule (declared)</th><th scope=\"col\">Sub-tests</th></tr></thead>\n<tbody>\n"
        for c in claims {
            let note = c.note.isEmpty ? "" : " \(Escape.xml(c.note))"
            out += "<tr><td>\(ClaimLinks.ledgerVerdict(c))</td><td>\(ClaimLinks.ledgerCell(c))</td>"
            out += "<td>\(Escape.xml(c.paperSays)) (\(Escape.xml(c.reference)))</td>"
            out += "<td>\(Escape.xml(c.rule.description))\(note)</td><td>\(Escape.xml(tallyText(c)))</td></tr>\n"
            out += "<tr class=\"ledger-subtests\"><td colspan=\"5\">\(subTests(c))\(results.map { "\n" + howComputed(c, $0) } ?? "")</td></tr>\n"
        }
        return out + "</tbody>\n</table>"
    }
}
