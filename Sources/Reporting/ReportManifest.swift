import Foundation
import RunCache

/// The list of files a report wrote into its folder (`.clreport-manifest`, one relative path per
/// line, sorted). When a report is written over an older one, the files the older report wrote and
/// the new one does not (e.g. a figure that no longer exists) are removed; files the report did
/// not write are never touched.
public struct ReportManifest: Equatable, Sendable {
    public static let fileName = ".clreport-manifest"
    public var files: [String]

    public init(files: [String]) { self.files = files.sorted() }

    /// The manifest in `directory`, or an empty one if there is none (or it is unreadable).
    public static func read(_ directory: URL) -> ReportManifest {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(fileName), encoding: .utf8) else {
            return ReportManifest(files: [])
        }
        return ReportManifest(files: text.split(separator: "\n").map(String.init).filter(isSafe))
    }

    /// A relative path inside the folder: no absolute paths, no `..`, no empty components.
    static func isSafe(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// Removes the files of `old` that `self` does not list (regular files only), then writes `self`.
    public func replace(_ old: ReportManifest, in directory: URL) throws {
        let keep = Set(files)
        for stale in old.files where !keep.contains(stale) {
            let url = directory.appendingPathComponent(stale)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                try? FileManager.default.removeItem(at: url)
            }
        }
        try AtomicFile.write(files.joined(separator: "\n") + "\n", to: directory.appendingPathComponent(Self.fileName))
    }
}
