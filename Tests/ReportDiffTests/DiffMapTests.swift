import Claims
import Foundation
import Learning
import Readings
@testable import ReportDiff
import Results
import RunCache
import Testing
import TestSupport

/// `clreport diff` compares the robustness maps: per claim and reading, verdict flips (which fail
/// `--fail-on flip`) and primary effects that moved beyond both intervals.
@Suite struct DiffMapTests {
    static let design = MapDesign(generators: MapDesign.resolutionIV, searchSeeds: 3)

    static func readings(verdictOfR02: Verdict, effectShift: Double = 0) -> ReadingsResult {
        let evals = design.readings.enumerated().map { r, reading in
            let v: Verdict = r == 1 ? verdictOfR02 : .inconclusive
            let shift = r == 2 ? effectShift : 0
            return ReadingEvaluation(reading: reading, firstSeed: 1, seeds: 3,
                                     claims: [PaperClaim(id: .pruningRestoresMinority, section: .fig6, paperSays: "", reference: "",
                                                         subTests: [SubTest(id: SubTestID("s"), rule: "r", statistic: "", verdict: v)])],
                                     primary: [ClaimID.pruningRestoresMinority: [0.01 + shift, 0.02 + shift, 0.015 + shift]])
        }
        return ReadingsResult(design: design, evaluations: evals, analyses: [], confirmations: [])
    }

    /// The map with the verdict of every reading in `passing` PASS (the others INCONCLUSIVE).
    static func readings(passing: Set<Int>) -> ReadingsResult {
        let evals = design.readings.enumerated().map { r, reading in
            ReadingEvaluation(reading: reading, firstSeed: 1, seeds: 3,
                              claims: [PaperClaim(id: .pruningRestoresMinority, section: .fig6, paperSays: "", reference: "",
                                                  subTests: [SubTest(id: SubTestID("s"), rule: "r", statistic: "", verdict: passing.contains(r) ? .pass : .inconclusive)])],
                              primary: [ClaimID.pruningRestoresMinority: [0.01, 0.02, 0.015]])
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

    /// Issue 27 item 9, as `clreport diff` sees it: two results.json files that differ only in the
    /// map (11 readings flipped, the first cause's count) gave "No differences." and exit 0 under
    /// `--fail-on flip`. Read from disk, so `readings` must survive results.json both ways.
    @Test func elevenFlippedReadingsInResultsFilesAreFoundAndExit1() throws {
        let tmp = try TemporaryDirectory(label: "diff-map")
        defer { tmp.remove() }
        let flipped = Set(1...11)
        #expect(Self.design.readings.count > flipped.count)
        let a = tmp.url.appendingPathComponent("a.json"), b = tmp.url.appendingPathComponent("b.json")
        try CanonicalJSON.encode(Self.results(Self.readings(passing: []))).write(to: a)
        try CanonicalJSON.encode(Self.results(Self.readings(passing: flipped))).write(to: b)
        let same = try DiffRun.run(a.path, a.path, failOn: .flip)
        #expect(same.status == 0 && same.diff.map.isEmpty)
        for failOn in [DiffFailOn.flip, .significant] {
            let run = try DiffRun.run(a.path, b.path, failOn: failOn)
            #expect(run.status == 1, "--fail-on \(failOn.rawValue)")
            #expect(run.diff.mapFlips.count == flipped.count)
            #expect(Set(run.diff.mapFlips.map { String($0.reading.prefix(3)) }) == Set(flipped.map { Self.design.readings[$0].id }))
            #expect(!run.output.contains("No differences."))
            #expect(run.output.contains("11 map verdicts flipped"), "\(run.output.prefix(300))")
        }
        #expect(try DiffRun.run(a.path, b.path, failOn: .never).status == 0)
        let json = try DiffRun.run(a.path, b.path, format: .json, failOn: .flip).output
        let decoded = try CanonicalJSON.decoder.decode(DiffFormatter.JSONOutput.self, from: Data(json.utf8))
        #expect(decoded.flips == flipped.count && decoded.exitStatus == 1)
    }
}
