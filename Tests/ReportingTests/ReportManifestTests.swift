import Foundation
import Testing
@testable import Reporting
import TestSupport

/// A report written over an older one removes the older report's stale files, and only those.
@Suite struct ReportManifestTests {
    func report(_ ids: [String]) -> RenderedReport {
        RenderedReport(indexHTML: "<p>\(ids.joined())</p>", figures: ids.map { ($0, "<svg id=\"\($0)\"/>") }, resultsJSON: Data("{}".utf8))
    }

    // Before: figures/fig7.svg of an older report (with the long-tail section) stayed, and verify failed on it.
    @Test func staleFiguresOfAnOlderReportAreRemovedButOtherFilesStay() throws {
        let tmp = try TemporaryDirectory(label: "manifest")
        defer { tmp.remove() }
        let dir = tmp.url.appendingPathComponent("report")
        try report(["fig1", "fig7"]).write(to: dir.path)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("figures"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: dir.appendingPathComponent("figures/mine.svg"))
        try Data("notes".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        try report(["fig1"]).write(to: dir.path)
        let figures = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("figures").path).sorted()
        #expect(figures == ["fig1.svg", "mine.svg"])
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("notes.txt").path))
        #expect(ReportManifest.read(dir).files == ["figures/fig1.svg", "index.html", "results.json"])
    }

    @Test func manifestPathsOutsideTheFolderAreIgnored() throws {
        let tmp = try TemporaryDirectory(label: "manifest")
        defer { tmp.remove() }
        let dir = tmp.url
        try Data("../victim\n/etc/passwd\nfigures/../x\nindex.html\n".utf8).write(to: dir.appendingPathComponent(ReportManifest.fileName))
        #expect(ReportManifest.read(dir).files == ["index.html"])
    }
}
