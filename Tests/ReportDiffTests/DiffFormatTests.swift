import Experiments
import Foundation
import Markup
@testable import ReportDiff
import Reporting
import RunCache
import TestSupport
import Testing

@Suite struct DiffFormatTests {
    let base = DiffFixture.results()

    /// A diff with a flip, a significant metric, a config change and a point only in B.
    func sampleDiff() -> ReportDiff {
        var b = DiffFixture.regressed(base)
        b.plan.base.temperature = 0.25
        for s in b.plan.sweeps.indices { for p in b.plan.sweeps[s].points.indices { b.plan.sweeps[s].points[p].config.temperature = 0.25 } }
        var extra = b.sweeps[1].points[0]
        extra.x = 0.5
        b.sweeps[1].points.append(extra)
        return ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", b))
    }

    @Test func textFormat() throws {
        let out = DiffFormatter.format(sampleDiff(), as: .text)
        #expect(out.contains("Claims (1 flipped first)"))
        #expect(out.contains("FLIPPED  minority-fewer-neurons"))
        #expect(out.contains("main / nsr-1 / 0.1 / alignedMinority"))
        #expect(out.contains("SIGNIFICANT"))
        #expect(!out.contains("alignedMajority"), "unchanged rows are hidden without --all")
        #expect(out.contains("plan.base"))
        #expect(out.contains("ratio / weight-identity / 0.5"))
        Snapshot.expectMatches(out, named: "diff-text.txt", in: .module)
    }

    @Test func allShowsUnchangedRows() {
        let d = sampleDiff()
        let out = DiffFormatter.format(d, as: .text, all: true)
        #expect(out.contains("main / nsr-1 / 1 / alignedMajority"))
        #expect(out.contains("unchanged"))
        #expect(out.contains("UNCHANGED  pruning-helps-minority"))
    }

    @Test func identicalRunsSayNoDifferences() {
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", base))
        let out = DiffFormatter.format(d, as: .text)
        #expect(out.contains("No differences."))
        #expect(!out.contains("SIGNIFICANT"))
        #expect(!out.contains("Claims"))
    }

    @Test func markdownFormat() throws {
        let out = DiffFormatter.format(sampleDiff(), as: .markdown)
        #expect(out.hasPrefix("# clreport diff\n"))
        #expect(out.contains("| Metric | A | B | Δ | Δ% | Status | Note |"))
        #expect(out.contains("| --- | ---: | ---: | ---: | ---: | --- | --- |"))
        #expect(out.contains("| FLIPPED | minority-fewer-neurons | fig2 | PASS | FAIL |"))
        Snapshot.expectMatches(out, named: "diff-markdown.md", in: .module)
    }

    @Test func markdownTableEscapesPipesInCells() {
        #expect(DiffFormatter.mdTable(["k"], [["a|b*c"]]) == "| k |\n| --- |\n| a\\|b\\*c |\n")
    }

    @Test func jsonFormat() throws {
        let out = DiffFormatter.format(sampleDiff(), as: .json, failOn: .significant)
        let decoded = try CanonicalJSON.decoder.decode(DiffFormatter.JSONOutput.self, from: Data(out.utf8))
        #expect(decoded.exitStatus == 1)
        #expect(decoded.flips == 1)
        #expect(decoded.significantMetrics == 1)
        #expect(decoded.diff.metrics.count == 1, "unchanged rows are left out without --all")
        #expect(decoded.diff.claims.first?.kind == .flipped)
        #expect(decoded.diff.onlyIn == [.init(kind: "point", item: "ratio / weight-identity / 0.5", side: "B")])
        let all = DiffFormatter.format(sampleDiff(), as: .json, all: true, failOn: .never)
        let decodedAll = try CanonicalJSON.decoder.decode(DiffFormatter.JSONOutput.self, from: Data(all.utf8))
        #expect(decodedAll.diff.metrics.count == 5)
        #expect(decodedAll.exitStatus == 0)
    }

    @Test func numberFormatting() {
        #expect(NumberFormat.short(0.81234) == "0.8123")
        #expect(NumberFormat.short(12.3456) == "12.35")
        #expect(NumberFormat.short(0.5) == "0.5")
        #expect(NumberFormat.short(0) == "0")
        #expect(NumberFormat.short(123456) == "1.235e+05")
        #expect(NumberFormat.short(.nan) == "NaN")
        #expect(NumberFormat.shortSigned(0.2) == "+0.2")
        #expect(NumberFormat.shortSigned(-0.2) == "-0.2")
        #expect(NumberFormat.shortSigned(0) == "0")
        #expect(DiffNumber.plain(3) == "3")
        #expect(DiffNumber.plain(0.1) == "0.1")
    }
}
