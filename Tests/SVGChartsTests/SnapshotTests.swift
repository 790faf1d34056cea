import Foundation
import TestSupport
import Testing
@testable import SVGCharts

@Suite struct SnapshotTests {
    @Test(arguments: Fixtures.snapshots.map(\.0))
    func snapshotMatches(name: String) {
        let chart = Fixtures.snapshots.first { $0.0 == name }!.1
        Snapshot.expectMatches(ChartRenderer.standalone(chart), named: name, in: .module)
    }

    @Test(arguments: Fixtures.snapshots.map(\.0))
    func snapshotParsesAsXML(name: String) {
        let chart = Fixtures.snapshots.first { $0.0 == name }!.1
        #expect(parsesAsXML(ChartRenderer.standalone(chart)))
        #expect(parsesAsXML(ChartRenderer.dataTable(chart)))
    }

    @Test func storedSnapshotsParseAsXML() throws {
        for (name, _) in Fixtures.snapshots {
            let base = (name as NSString).deletingPathExtension
            guard let url = Bundle.module.url(forResource: base, withExtension: "svg", subdirectory: "Snapshots") else { continue }
            #expect(parsesAsXML(try String(contentsOf: url, encoding: .utf8)), "\(name)")
        }
    }

    @Test func dataTableSnapshot() {
        Snapshot.expectMatches(ChartRenderer.dataTable(.bar(Fixtures.bars)), named: "bar-errors-table.html", in: .module)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != "1"))
    func missingSnapshotFailsInsteadOfRecording() {
        withKnownIssue {
            Snapshot.expectMatches("<svg/>", named: "no-such-snapshot.svg", in: .module)
        }
        #expect(Bundle.module.url(forResource: "no-such-snapshot", withExtension: "svg", subdirectory: "Snapshots") == nil)
    }

    @Test func changedOutputFailsTheSnapshot() {
        guard ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != "1" else { return }
        withKnownIssue {
            Snapshot.expectMatches(ChartRenderer.standalone(.bar(Fixtures.bars)) + " ", named: "bar-errors.svg", in: .module)
        }
    }

    @Test func firstDifferenceNamesTheLineAndBothVersions() {
        #expect(Snapshot.firstDifference("a\nb\nc", "a\nb\nc") == nil)
        let d = Snapshot.firstDifference("a\nb\nc", "a\nB\nc")
        #expect(d?.line == 2 && d?.expected == "b" && d?.actual == "B")
        let shorter = Snapshot.firstDifference("a\n", "a")
        #expect(shorter?.line == 2 && shorter?.expected == "" && shorter?.actual == "<end>")
    }

    @Test func renderingTwiceGivesIdenticalBytes() {
        for (_, chart) in Fixtures.snapshots {
            #expect(ChartRenderer.render(chart) == ChartRenderer.render(chart))
        }
    }

    @Test func standaloneIsPrologPlusElement() {
        let chart = Chart.line(Fixtures.logX)
        #expect(ChartRenderer.standalone(chart) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ChartRenderer.render(chart) + "\n")
        #expect(ChartRenderer.render(chart).hasPrefix("<svg "))
    }
}
