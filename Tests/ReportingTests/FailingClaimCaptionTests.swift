@testable import Claims
import Foundation
import Testing
@testable import Reporting

/// A claim that FAILs is never captioned as reproduced: figure captions say "Counterpart of paper
/// Fig N", and the Summary's first table shows the computed verdict.
@Suite struct FailingClaimCaptionTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    @Test func aFailingClaimsFigureIsNotCaptionedReproduced() throws {
        let fail = SubTest(id: SubTestID("constructed"), rule: "PASS if Δ > 0", statistic: "Δ = -1.000 [95% CI -1.500, -0.500]", verdict: .fail)
        let claim = PaperClaim(id: .pruningRestoresMinority, section: .fig6, headline: "Pruning restores minority learning",
                               paperSays: "Pruning restores minority learning.", reference: "Fig 6", subTests: [fail])
        #expect(claim.verdict == .fail)
        var r = PartialSeedsReportTests.results()
        r.claims = [claim]
        let page = try ReportBuilder.build(r, templates: TemplateSet(directory: Self.templates)).indexHTML
        let captions = page.components(separatedBy: "<figcaption").dropFirst().map { $0.components(separatedBy: "</figcaption>")[0] }
        #expect(!captions.isEmpty)
        for caption in captions { #expect(!caption.contains("Reproduces") && !caption.contains("reproduces"), "\(caption)") }
        let glance = try #require(page.components(separatedBy: "<table class=\"glance\"").dropFirst().first?.components(separatedBy: "</table>").first)
        #expect(glance.contains("badge-fail") && glance.contains("Pruning restores minority learning"))
        #expect(!glance.contains("badge-pass"))
    }

    /// Every figure's caption, whatever its claim's verdict, names the paper figure as a counterpart.
    @Test func everyNumberedCaptionSaysCounterpartNotReproduces() {
        for id in FigureNumbering.entries.keys.sorted() {
            let caption = FigureNumbering.caption(id, "Figure 6 — pruning vs no pruning.")
            #expect(!caption.lowercased().contains("reproduc"), "\(id): \(caption)")
            #expect(caption.contains("Counterpart of paper") || caption.contains("Not in the paper"), "\(id): \(caption)")
        }
    }
}
