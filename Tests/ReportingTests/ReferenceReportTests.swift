import Foundation
import Testing
@testable import Experiments
@testable import Reporting

/// The committed reference report (`output/reference`) re-renders byte-for-byte from its own
/// `results.json`: page, every figure and the results file. Guards the promise that all-finite
/// data prints exactly as before when the rendering learns new cases (e.g. "n = k of N").
@Suite struct ReferenceReportTests {
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
