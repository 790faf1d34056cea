import Claims
import Testing
@testable import Reporting

@Suite struct ClaimLedgerTests {
    let claim = PaperClaim(
        id: .pruningRestoresMinority, section: .fig6, paperSays: "Pruning helps <minority> features.", reference: "Fig 6",
        subTests: [SubTest(id: SubTestID("lead"), rule: "Δ > 0", statistic: "Δ = 0.100 [95% CI 0.050, 0.150], n = 5, p = 0.004", verdict: .pass),
                   SubTest(id: SubTestID("other"), rule: "Δ > 0", statistic: "Δ = -0.100", verdict: .fail, exploratory: true)],
        note: "Judged on the lead variant.")

    @Test func ledgerFoldsSubTestsUnderEachClaim() {
        let html = ClaimLedger.table([claim])
        #expect(html.contains("Pruning helps &lt;minority&gt; features. (Fig 6)"))
        #expect(html.contains("PASS if all sub-tests PASS; FAIL if any FAILs; else INCONCLUSIVE. Judged on the lead variant."))
        #expect(html.contains("<td>1 PASS, 0 FAIL, 0 INCONCLUSIVE (+ 1 exploratory)</td>"))
        #expect(html.contains("<tr class=\"ledger-subtests\"><td colspan=\"5\"><details class=\"subtests\">"))
        #expect(html.contains("<summary>2 sub-tests: 1 PASS, 0 FAIL, 0 INCONCLUSIVE (+ 1 exploratory)</summary>"))
        #expect(html.contains("<td><span class=\"badge badge-fail\">FAIL</span></td><td>other<br><em>exploratory</em></td><td>Δ &gt; 0</td><td>Δ = -0.100</td>"))
        // The claim's verdict ignores the exploratory FAIL.
        #expect(html.contains("<tr><td>\(ClaimLinks.ledgerVerdict(claim))</td>"))
        #expect(ClaimLinks.ledgerVerdict(claim).contains("badge-pass"))
    }
}
