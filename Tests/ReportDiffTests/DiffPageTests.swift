import Foundation
@testable import ReportDiff
import Reporting
import Results
import RunCache
import TestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct DiffPageTests {
    let base = DiffFixture.results()

    func samplePage() -> DiffRun {
        var b = DiffFixture.regressed(base)
        b.plan.base.steps += 100
        b.provenance.gitCommit = "def5678"
        return DiffRun.run(DiffFixture.input("A", base), DiffFixture.input("B", b))
    }

    /// A fixed stand-in figure, so that the page snapshot covers the diff page's own markup and
    /// does not change whenever FigureBuilder or SVGCharts change their drawing (the real overlays
    /// are checked structurally below).
    static let stubFigure = DiffFigure(
        id: "fig2-overlay", title: "Stub",
        svg: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" role=\"img\"><title>Stub &amp; overlay</title><path d=\"M0 0L10 10\" stroke=\"#000\" stroke-dasharray=\"7 3\"/></svg>",
        dataTable: "<table class=\"chart-data\"><tr><td>1</td></tr></table>",
        caption: "Figure 2 — stub. Overlay: A faded and dashed, B solid.")

    @Test func pageSnapshot() throws {
        let run = samplePage()
        #expect(run.status == 1)
        let page = DiffPage.render(run.diff, figures: [Self.stubFigure])
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script"))
        #expect(page.contains("<span class=\"badge badge-fail\">FAIL</span>"))
        Snapshot.expectMatches(page, named: "diff-page.html", in: .module)
    }

    @Test func pageOverlaysEveryFigureBothRunsHave() {
        let run = samplePage()
        #expect(run.page.hasPrefix("<!DOCTYPE html>"))
        #expect(!run.page.contains("<script"))
        #expect(!run.page.contains("href=\"http") && !run.page.contains("src=") && !run.page.contains("url(http"))
        let ids = DiffFigures.ids(base)
        #expect(!ids.isEmpty)
        for id in ids { #expect(run.page.contains("<figure id=\"fig-\(id)-overlay\">"), "figure \(id)") }
        #expect(run.page.contains("NSR = 1 (A)") && run.page.contains("NSR = 1 (B)"))
        #expect(run.page.contains("<h2 id=\"claims\">Claims</h2>"))
        #expect(run.page.contains("<td>main / nsr-1 / 0.1 / alignedMinority</td>"))
    }

    @Test func pageIsDeterministic() {
        #expect(samplePage().page == samplePage().page)
    }

    /// Every inline `<svg>…</svg>` of the page is well-formed XML (the real overlays and the snapshot's stub).
    @Test func inlineSVGsParseAsXML() throws {
        func svgs(_ page: String) -> [String] {
            var out: [String] = []
            var rest = Substring(page)
            while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
                out.append(String(rest[start.lowerBound..<end.upperBound]))
                rest = rest[end.upperBound...]
            }
            return out
        }
        let run = samplePage()
        let real = svgs(run.page)
        #expect(real.count == DiffFigures.ids(base).count)
        #expect(real.count == DiffFigures.overlays(DiffFixture.input("A", base), DiffFixture.input("B", base)).figures.count)
        for svg in real + svgs(DiffPage.render(run.diff, figures: [Self.stubFigure])) {
            #expect(throws: Never.self) { _ = try XMLDocument(xmlString: svg, options: []) }
        }
    }
}

@Suite struct DiffRunTests {
    let base = DiffFixture.results()

    func writeReport(_ r: ReportResults, in dir: URL, figures: [String]) throws {
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("figures"), withIntermediateDirectories: true)
        try CanonicalJSON.encode(r).write(to: dir.appendingPathComponent("results.json"))
        for f in figures { try Data("<svg/>".utf8).write(to: dir.appendingPathComponent("figures/\(f).svg")) }
    }

    @Test func comparesReportFoldersAndTheirFigureSets() throws {
        let tmp = try TemporaryDirectory(label: "diff-tests")
        defer { tmp.remove() }
        let root = tmp.url
        let a = root.appendingPathComponent("reference"), b = root.appendingPathComponent("report")
        try writeReport(base, in: a, figures: ["fig1", "fig2"])
        try writeReport(base, in: b, figures: ["fig2", "fig3"])
        let run = try DiffRun.run(a.path, b.path)
        #expect(run.diff.onlyIn == [.init(kind: "figure", item: "fig1", side: "A"), .init(kind: "figure", item: "fig3", side: "B")])
        #expect(run.status == 0)
        #expect(run.diff.a.path == a.appendingPathComponent("results.json").path)
        // A results.json path works too, and identical inputs give exit 0.
        let same = try DiffRun.run(a.appendingPathComponent("results.json").path, a.path)
        #expect(same.diff.isEmpty)
        #expect(same.status == 0)
        #expect(same.output.contains("No differences."))
    }

    @Test func corruptJSONIsAnErrorNamingTheFile() throws {
        let tmp = try TemporaryDirectory(label: "diff-tests")
        defer { tmp.remove() }
        let root = tmp.url
        let good = root.appendingPathComponent("good")
        try writeReport(base, in: good, figures: [])
        let bad = root.appendingPathComponent("bad.json")
        try Data("{\"resultsSchema\": 1, \"sweeps\": [".utf8).write(to: bad)
        do {
            _ = try DiffRun.run(good.path, bad.path)
            Issue.record("expected an error")
        } catch let e as DiffInputError {
            #expect(e.path == bad.path)
            #expect(e.description.hasPrefix("cannot read \(bad.path): not valid JSON ("))
            #expect(e.reason != "not valid JSON ()")
        }
        let array = root.appendingPathComponent("array.json")
        try Data("[1, 2]".utf8).write(to: array)
        #expect(throws: DiffInputError(path: array.path, reason: "not a results.json: the top level is not a JSON object")) {
            _ = try DiffRun.run(array.path, good.path)
        }
        let other = root.appendingPathComponent("package.json")
        try Data(#"{"name": "x"}"#.utf8).write(to: other)
        #expect(throws: DiffInputError(path: other.path, reason: "not a results.json: it has none of resultsSchema, plan, sweeps, claims")) {
            _ = try DiffRun.run(good.path, other.path)
        }
    }

    @Test func missingInputsAreErrorsNamingThePath() throws {
        let tmp = try TemporaryDirectory(label: "diff-tests")
        defer { tmp.remove() }
        let root = tmp.url
        let missing = root.appendingPathComponent("nope").path
        #expect(throws: DiffInputError(path: missing, reason: "no such file or folder")) {
            _ = try DiffRun.run(missing, missing)
        }
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        do {
            _ = try DiffRun.run(empty.path, empty.path)
            Issue.record("expected an error")
        } catch let e as DiffInputError {
            #expect(e.path == empty.appendingPathComponent("results.json").path)
            #expect(e.reason.contains("no results.json"))
        }
    }
}
