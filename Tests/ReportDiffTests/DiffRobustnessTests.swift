import Foundation
import Learning
@testable import ReportDiff
import Reporting
import Results
import RunCache
import Testing
import TestSupport

/// Inputs that used to be compared silently wrong (issue 15): a metric that became NaN, a
/// results file of another schema, the long-tail reference points.
@Suite struct DiffRobustnessTests {
    let base = DiffFixture.results()

    @Test func aMetricThatBecameNaNIsSignificantAndHasItsOwnSection() {
        var b = base
        b.sweeps[0].points[0].metrics[.alignedMinority] = SeedSummary([.nan, .nan, .nan])
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", b))
        #expect(d.finitenessChanges.map(\.label) == ["main / nsr-1 / 0.1 / alignedMinority"])
        #expect(d.finitenessChanges.first?.status == .becameNaN)
        #expect(d.finitenessChanges.first?.note == "n 3 → 0; non-finite 0 → 3")
        #expect(d.exitStatus(failOn: .significant) == 1)
        #expect(d.exitStatus(failOn: .flip) == 0)
        let text = DiffFormatter.format(d, as: .text)
        #expect(text.contains("1 metric became NaN."))
        #expect(text.contains("\nBecame NaN or finite (significant: a mean over seeds that is a number in one run only)\n"))
        let line = text.split(separator: "\n").first { $0.contains("main / nsr-1 / 0.1 / alignedMinority") }
        #expect(line?.contains("NaN ± NaN") == true && line?.hasSuffix("became NaN  n 3 → 0; non-finite 0 → 3") == true)
        #expect(DiffFormatter.summaryLine(d) == "1 metric became NaN.", "a NaN is not a change within the seed spread")
        let page = DiffPage.render(d, figures: [])
        #expect(page.contains("<h2 id=\"became-nan\">Became NaN or finite</h2>"))
    }

    @Test func aMetricThatBecameFiniteIsSignificantToo() {
        var a = base
        a.sweeps[0].points[0].metrics[.alignedMinority] = SeedSummary([.nan, .nan, .nan])
        let d = ReportDiff.compare(DiffFixture.input("A", a), DiffFixture.input("B", base))
        #expect(d.finitenessChanges.map(\.status) == [.becameFinite])
        #expect(d.exitStatus(failOn: .significant) == 1)
        #expect(DiffFormatter.summaryLine(d) == "1 metric became finite.")
        #expect(DiffFormatter.format(d, as: .markdown).contains("\n## Became NaN or finite"))
    }

    @Test(arguments: [(DiffJSON.number(1e20), "its resultsSchema is 1e+20"), (.number(99), "its resultsSchema is 99"),
                      (.number(0), "its resultsSchema is 0"), (.string("1"), "its resultsSchema is \"1\"")])
    func aResultsFileOfAnotherSchemaIsRefused(schema: DiffJSON, found: String) throws {
        let tmp = try TemporaryDirectory(label: "diff-robustness")
        defer { tmp.remove() }
        let root = tmp.url
        let good = root.appendingPathComponent("good.json"), other = root.appendingPathComponent("other.json")
        try CanonicalJSON.encode(base).write(to: good)
        try JSONEncoder().encode(diffSetting(DiffFixture.tree(base), ["resultsSchema"], schema)).write(to: other)
        let reason = "\(found), but this clreport reads resultsSchema \(ReportResults.currentSchema) only; "
            + "compare it with the clreport version that wrote it, or re-render it with this one (clreport report)"
        #expect(throws: DiffInputError(path: other.path, reason: reason)) { _ = try DiffRun.run(good.path, other.path) }
        #expect(throws: DiffInputError(path: other.path, reason: reason)) { _ = try DiffRun.run(other.path, good.path) }
        #expect(try DiffRun.run(good.path, good.path).status == 0)
    }

    @Test func aResultsFileWithoutSchemaIsRefused() throws {
        let tmp = try TemporaryDirectory(label: "diff-robustness")
        defer { tmp.remove() }
        let root = tmp.url
        let file = root.appendingPathComponent("results.json")
        try Data(#"{"sweeps": [], "claims": []}"#.utf8).write(to: file)
        #expect(throws: DiffInputError(path: file.path, reason: "it has no resultsSchema, but this clreport reads resultsSchema \(ReportResults.currentSchema) only; "
                                       + "compare it with the clreport version that wrote it, or re-render it with this one (clreport report)")) {
            _ = try DiffInput.load(file.path, label: "A")
        }
    }

    @Test func longTailReferencePointsAreCompared() {
        func summary(_ v: [Double]) -> DiffJSON { (try? DiffJSON.parse(CanonicalJSON.encode(SeedSummary(v)))) ?? .null }
        func table(rawPixels: [Double], untrained: [Double]) -> DiffJSON {
            .object(["dataset": .string("fashion-mnist"), "pruning": .string("weight-identity"), "rows": .array([]),
                     "rawPixelAccuracy": summary(rawPixels), "untrainedEncoderAccuracy": summary(untrained)])
        }
        let tree = DiffFixture.tree(base)
        let a = diffSetting(tree, ["longTail"], table(rawPixels: [0.60, 0.61, 0.62], untrained: [0.40, 0.41, 0.42]))
        let b = diffSetting(tree, ["longTail"], table(rawPixels: [0.70, 0.71, 0.72], untrained: [0.40, 0.41, 0.43]))
        let d = ReportDiff.compare(DiffFixture.input("A", json: a), DiffFixture.input("B", json: b))
        #expect(d.metrics.filter { $0.sweep == "longTail" }.map(\.label)
                == ["longTail / reference / 1 / rawPixelAccuracy", "longTail / reference / 1 / untrainedEncoderAccuracy"])
        #expect(d.significantMetrics.map(\.label) == ["longTail / reference / 1 / rawPixelAccuracy"])
        #expect(d.changedMetrics.count == 2)
        #expect(d.exitStatus(failOn: .significant) == 1)
        // A reference point only one run has is listed, not dropped.
        let c = diffSetting(tree, ["longTail"], .object(["dataset": .string("fashion-mnist"), "pruning": .string("weight-identity"),
                                                          "rows": .array([])]))
        let e = ReportDiff.compare(DiffFixture.input("A", json: c), DiffFixture.input("B", json: b))
        #expect(e.onlyIn == [.init(kind: "point", item: "longTail / reference / 1", side: "B")])
    }
}

/// Issue 27: a results.json of the current schema that does not decode is not compared in part.
@Suite struct DiffUndecodableInputTests {
    @Test func aMeanWrittenNaNInsteadOfNanIsAnUnreadableInputNotNoDifferences() throws {
        var b = DiffFixture.results()
        b.sweeps[0].points[0].metrics[.alignedMinority] = SeedSummary([.nan, .nan, .nan])
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("diff-nan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let good = root.appendingPathComponent("b.json"), bad = root.appendingPathComponent("bad.json")
        try CanonicalJSON.encode(b).write(to: good)
        let text = String(decoding: CanonicalJSON.encode(b), as: UTF8.self)
        #expect(text.contains("\"nan\""))
        try Data(text.replacingOccurrences(of: "\"nan\"", with: "\"NaN\"").utf8).write(to: bad)
        #expect(try DiffRun.run(good.path, good.path).status == 0)
        do {
            _ = try DiffRun.run(good.path, bad.path)
            Issue.record("a results.json that does not decode was compared")
        } catch let e as DiffInputError {
            #expect(e.path == bad.path)
            #expect(e.reason.hasPrefix("B does not decode as resultsSchema \(ReportResults.currentSchema) ("), "\(e.reason)")
            #expect(e.reason.contains("nothing was compared"))
        }
    }
}
