import Foundation

/// Provenance gathered from the checkout (the CLI layer runs `git`; the computation only records it).
enum GitProvenance {
    /// The last commit that touched the code or templates (`git log -1 -- Sources templates Package.swift`),
    /// so committing a generated report does not change the report; "unknown" outside a checkout.
    static func commit() -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "log", "-1", "--format=%h", "--abbrev=12", "--", "Sources", "templates", "Package.swift"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return "unknown" }
        p.waitUntilExit()
        let s = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return p.terminationStatus == 0 && !s.isEmpty ? s : "unknown"
    }
}
