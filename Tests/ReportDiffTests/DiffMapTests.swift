import Experiments
import Foundation
import Learning
@testable import ReportDiff
import Testing

/// `clreport diff` compares the robustness maps: per claim and reading, verdict flips (which fail
/// `--fail-on flip`) and primary effects that moved beyond both intervals.
@Suite struct DiffMapTests {
    static let design = MapDesign(generators: MapDesign.resolutionIV, searchSeeds: 3)

    static func readings(verdictOfR02: Verdict, effectShift: Double = 0) -> ReadingsResult {
        let evals = design.readings.enumerated().map { r, reading in
            let v: Verdict = r == 1 ? verdictOfR02 : .inconclusive
            let shift = r == 2 ? effectShift : 0
            return ReadingEvaluation(reading: reading, firstSeed: 1, seeds: 3,
                                     claims: [PaperClaim(id: "pruning-restores-minority", section: .fig6, paperSays: "", reference: "",
                                                         subTests: [SubTest(id: "s", rule: "r", statistic: "", verdict: v)])],
                                     primary: ["pruning-restores-minority": [0.01 + shift, 0.02 + shift, 0.015 + shift]])
        }
        return ReadingsResult(design: design, evaluations: evals, analyses: [], confirmations: [])
    }

    static func results(_ r: ReadingsResult) -> ReportResults {
        var base = DiffFixture.results()
        base.readings = r
        return base
    }

    @Test func aFlippedMapVerdictIsFoundAndFailsOnFlip() {
        let a = Self.results(Self.readings(verdictOfR02: .inconclusive)), b = Self.results(Self.readings(verdictOfR02: .pass))
        let d = ReportDiff.compare(DiffFixture.input("A", a), DiffFixture.input("B", b))
        #expect(d.mapFlips.count == 1)
        #expect(d.mapFlips.first?.reading.hasPrefix("R02") == true)
        #expect(d.exitStatus(failOn: .flip) == 1)
        #expect(DiffFormatter.summaryLine(d).contains("1 map verdict flipped"))
        #expect(DiffFormatter.format(d, as: .text).contains("Robustness map (flips first)"))
        #expect(!d.notes.contains { $0.contains("not compared: `readings`") })
    }

    @Test func anEffectBeyondBothIntervalsIsReportedButDoesNotFailOnFlip() {
        let a = Self.results(Self.readings(verdictOfR02: .pass)), b = Self.results(Self.readings(verdictOfR02: .pass, effectShift: 1))
        let d = ReportDiff.compare(DiffFixture.input("A", a), DiffFixture.input("B", b))
        #expect(d.map.map(\.kind) == [.effectMoved])
        #expect(d.exitStatus(failOn: .flip) == 0)
        let same = ReportDiff.compare(DiffFixture.input("A", a), DiffFixture.input("B", a))
        #expect(same.map.isEmpty)
        #expect(DiffFormatter.summaryLine(same) == "No differences.")
    }
}
