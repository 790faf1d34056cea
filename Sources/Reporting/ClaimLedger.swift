import Experiments
import Markup

/// HTML of the paper claims: the ledger (one row per claim, its sub-tests folded under it in a
/// `<details>`), and the folded sub-test table shown under each claim in its figure's section.
enum ClaimLedger {
    /// "3 PASS, 1 FAIL, 0 INCONCLUSIVE" over the confirmatory sub-tests, plus the exploratory count.
    static func tallyText(_ c: PaperClaim) -> String {
        var s = c.tally.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        let exploratory = c.subTests.count - c.confirmatory.count
        if exploratory > 0 { s += " (+ \(exploratory) exploratory)" }
        return s
    }

    /// The folded table of a claim's sub-tests: id, declared rule, statistic, verdict.
    static func subTests(_ c: PaperClaim) -> String {
        let n = c.subTests.count
        var out = "<details class=\"subtests wide\">\n<summary>\(n) sub-test\(n == 1 ? "" : "s"): \(Escape.xml(tallyText(c)))</summary>\n"
        out += "<table class=\"subtests\">\n<thead><tr><th>Sub-test</th><th>Declared rule</th><th>Statistic</th><th>Verdict</th></tr></thead>\n<tbody>\n"
        for s in c.subTests {
            let tag = s.exploratory ? "<br><em>exploratory</em>" : ""
            out += "<tr><td>\(Escape.xml(s.id))\(tag)</td><td>\(Escape.xml(s.rule))</td><td>\(Escape.xml(s.statistic))</td><td>\(HTML.badge(verdict: s.verdict.rawValue))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</details>"
    }

    /// The claims ledger: per paper claim its words and reference, the declared combination rule, the
    /// sub-test tally and the verdict; the sub-tests folded in a row under it.
    static func table(_ claims: [PaperClaim]) -> String {
        var out = "<table class=\"ledger wide\">\n<thead><tr><th>Claim</th><th>Paper says</th><th>Rule (declared)</th><th>Sub-tests</th><th>Verdict</th></tr></thead>\n<tbody>\n"
        for c in claims {
            let note = c.note.isEmpty ? "" : " \(Escape.xml(c.note))"
            out += "<tr><td><a href=\"#fig-\(Escape.xml(FigureBuilder.figureID(of: c.section)))\">\(Escape.xml(c.id))</a></td>"
            out += "<td>\(Escape.xml(c.paperSays)) (\(Escape.xml(c.reference)))</td>"
            out += "<td>\(Escape.xml(c.rule.description))\(note)</td><td>\(Escape.xml(tallyText(c)))</td>"
            out += "<td>\(HTML.badge(verdict: c.verdict.rawValue))</td></tr>\n"
            out += "<tr class=\"ledger-subtests\"><td colspan=\"5\">\(subTests(c))</td></tr>\n"
        }
        return out + "</tbody>\n</table>"
    }
}
