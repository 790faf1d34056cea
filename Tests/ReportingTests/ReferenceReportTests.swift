import Foundation
@testable import Results
@testable import RunCache
import Testing
@testable import Reporting

/// The committed reference report's results (`output/reference/results.json`, every seed finite)
/// re-rendered with today's code carry no partial-seed mark: "n = k of N" appears only where a
/// seed was lost, so all-finite data prints as before.
@Suite struct ReferenceReportTests {
    @Test func allFiniteReferenceResultsGetNoPartialSeedMarks() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let ref = root.appendingPathComponent("output/reference")
        let data = try Data(contentsOf: ref.appendingPathComponent("results.json"))
        let r = try CanonicalJSON.decoder.decode(ReportResults.self, from: data)
        let summaries = r.sweeps.flatMap { $0.points.flatMap { $0.metrics.values } }
        #expect(!summaries.isEmpty && summaries.allSatisfy { !$0.isPartial }, "the reference has every seed finite")
        let built = try ReportBuilder.build(r, templates: TemplateSet(directory: root.appendingPathComponent("templates").path))
        #expect(!built.indexHTML.contains("(n = ") && !built.indexHTML.contains("fewer finite seeds"))
        #expect(built.figures.allSatisfy { !$0.svg.contains("fewer finite seeds") })
    }

    /// The committed reference re-renders byte-for-byte from its own `results.json` with today's code
    /// and templates (page, every figure, the results file): a change of the rendering must come with a
    /// re-rendered reference (`clreport report --profile default --out output/reference`).
    @Test func referenceReportRerendersByteForByteFromItsResults() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let ref = root.appendingPathComponent("output/reference")
        let data = try Data(contentsOf: ref.appendingPathComponent("results.json"))
        let r = try CanonicalJSON.decoder.decode(ReportResults.self, from: data)
        let built = try ReportBuilder.build(r, templates: TemplateSet(directory: root.appendingPathComponent("templates").path))
        let html = try String(contentsOf: ref.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(built.indexHTML == html)
        for (id, svg) in built.figures {
            #expect(svg == (try String(contentsOf: ref.appendingPathComponent("figures/\(id).svg"), encoding: .utf8)), "\(id)")
        }
        #expect(built.resultsJSON == data)
    }
}
