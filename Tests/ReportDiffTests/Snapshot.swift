import Foundation
import Testing

/// Byte-for-byte snapshot files under `Tests/ReportDiffTests/Snapshots/`.
///
/// Snapshots are read from the test bundle (`Bundle.module`). Set `RECORD_SNAPSHOTS=1` to
/// (re-)write them into the source folder (found through `#filePath`), then review the diff and
/// commit. A missing snapshot fails the test; it is never recorded silently.
enum Snapshot {
    static func expectMatches(_ actual: String, file name: String,
                              filePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Snapshots", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Snapshots"),
              let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("snapshot Snapshots/\(name) is missing; run the tests once with RECORD_SNAPSHOTS=1, review it, and commit it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(actual == expected,
                "output differs from Snapshots/\(name); if the change is intended, re-record with RECORD_SNAPSHOTS=1",
                sourceLocation: sourceLocation)
    }
}
