import Foundation

/// Provenance gathered from the checkout (the CLI layer runs `git`; the computation only records it).
enum GitProvenance {
    /// The folders and files whose commits are the code's: the sources, the build plugins (they
    /// generate the figure lists), the templates and the package manifest.
    static let codePaths = ["Sources", "Plugins", "templates", "Package.swift"]

    /// The last commit that touched the code or templates (`git log -1 -- Sources Plugins templates Package.swift`),
    /// so committing a generated report does not change the report; "unknown" outside a checkout.
    /// `directory`: the checkout to ask (nil: the current folder, as a report's provenance does).
    static func commit(in directory: String? = nil) -> String { lastCodeCommit(format: "%h", in: directory) }

    /// The committer date (YYYY-MM-DD) of that commit; "unknown" outside a checkout.
    static func commitDate(in directory: String? = nil) -> String { lastCodeCommit(format: "%cs", in: directory) }

    /// `git log -1 --format=FORMAT` of the last commit that touched the code or templates.
    private static func lastCodeCommit(format: String, in directory: String?) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + (directory.map { ["-C", $0] } ?? [])
            + ["log", "-1", "--format=\(format)", "--abbrev=12", "--"] + codePaths
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return "unknown" }
        p.waitUntilExit()
        let s = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return p.terminationStatus == 0 && !s.isEmpty ? s : "unknown"
    }

    /// The source tree this binary was compiled from (the package root, three levels above this
    /// file's compile-time path); it may since have moved on, or be gone.
    static let sourceRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Whether `git status` lists uncommitted changes to the code or templates in `directory`
    /// (false when git cannot tell).
    static func hasLocalChanges(in directory: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", directory, "status", "--porcelain", "--untracked-files=no", "--"] + GitProvenance.codePaths
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        let s = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 && !s.isEmpty
    }

    /// `clreport --version`: the tool version, then the commit as a report's provenance defines it
    /// (the last commit that changed `Sources`, `templates` or `Package.swift`), read with git at run
    /// time from the source tree the binary was compiled from (`sourceRoot`): the build commit as
    /// long as that tree has not moved on since the build. No file is generated at build time.
    static func versionText(tool: String) -> String {
        let root = sourceRoot
        let commit = self.commit(in: root)
        let state: String
        if commit == "unknown" {
            state = "\(root) is not a git checkout any more, or git is missing"
        } else {
            state = "last change to Sources, Plugins, templates or Package.swift in \(root), read with git at run time"
                + (hasLocalChanges(in: root) ? "; that tree has uncommitted changes" : "")
        }
        return "clreport \(tool)\ncommit \(commit) (\(state))\n"
    }
}
