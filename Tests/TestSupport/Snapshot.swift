import Foundation
import Testing

/// Byte-for-byte snapshot files, shared by every test target that has them.
///
/// A test target keeps its snapshots in `Tests/<Target>/Snapshots/` (declared as a `.copy`
/// resource) and passes its own bundle: `Snapshot.expectMatches(svg, named: "bar.svg", in: .module)`.
/// Set `RECORD_SNAPSHOTS=1` to (re-)write them into that source folder (found through the caller's
/// `#filePath`), then review the diff and commit. A missing snapshot fails the test; it is never
/// recorded silently.
public enum Snapshot {
    /// The environment variable that switches to recording.
    public static let recordVariable = "RECORD_SNAPSHOTS"

    /// Whether this test run records snapshots instead of comparing them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Compares `actual` with `Snapshots/<name>` in `bundle`; records an issue naming the first
    /// differing line, or the missing file, at the caller's source location.
    public static func expectMatches(_ actual: String, named name: String, in bundle: Bundle,
                                     filePath: String = #filePath,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        if isRecording {
            let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Snapshots", isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
            } catch {
                Issue.record("could not record snapshot Snapshots/\(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Snapshots"),
              let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("snapshot Snapshots/\(name) is missing; run the tests once with \(recordVariable)=1, review it, and commit it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if let difference = firstDifference(expected, actual) {
            Issue.record("output differs from Snapshots/\(name) at line \(difference.line):\n  expected: \(difference.expected)\n  actual:   \(difference.actual)\n(if the change is intended, re-record with \(recordVariable)=1)",
                         sourceLocation: sourceLocation)
        }
    }

    /// The first line (1-based) where two texts differ, with both versions of it ("<end>" past
    /// the last line); nil when the texts are equal.
    public static func firstDifference(_ expected: String, _ actual: String) -> (line: Int, expected: String, actual: String)? {
        guard expected != actual else { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        return (index + 1, index < a.count ? String(a[index]) : "<end>", index < b.count ? String(b[index]) : "<end>")
    }
}
