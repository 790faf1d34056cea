import Foundation
@testable import RunCache
import Testing
import TestSupport

/// `AtomicFile`: no temporary files left on any failure path, errors in plain words naming the
/// user's path (never the temporary file), the target written in full or not at all.
@Suite(.temporaryDirectory(label: "atomic")) struct AtomicFileTests {
    func listing(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    @Test func writesAndReplacesWithoutLeftovers() throws {
        let dir = try TemporaryDirectory.current.folder("ok")
        let url = URL(fileURLWithPath: dir + "/sub/a.txt")
        try AtomicFile.write("one", to: url)
        try AtomicFile.write("two", to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "two")
        #expect(listing(dir + "/sub") == ["a.txt"])
    }

    // Before: a failed data write left `.a.txt.<pid>.<uuid>.tmp` behind (only a failed rename cleaned up).
    @Test func failedWriteLeavesNoTemporaryFileAndKeepsTheOldContent() throws {
        let dir = try TemporaryDirectory.current.folder("full")
        let url = URL(fileURLWithPath: dir + "/a.txt")
        try AtomicFile.write("old", to: url)
        let error = #expect(throws: ExperimentError.self) {
            try AtomicFile.write(Data("new".utf8), to: url, injectedWriteError: ENOSPC)
        }
        #expect(error?.description == "cannot write \(url.path): the disk is full. Free some space (or choose a folder on another disk) and run again; finished runs are kept in the cache.")
        #expect(error?.exitCode == 74)
        #expect(listing(dir) == ["a.txt"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
    }

    // Before: "The file doesn't exist" naming the internal temporary file.
    @Test func failedRenameNamesTheTargetNotTheTemporaryFile() throws {
        let dir = try TemporaryDirectory.current.folder("isdir")
        try FileManager.default.createDirectory(atPath: dir + "/index.html/x", withIntermediateDirectories: true)
        let url = URL(fileURLWithPath: dir + "/index.html")
        let error = #expect(throws: ExperimentError.self) { try AtomicFile.write("x", to: url) }
        #expect(error?.description == "cannot write \(url.path): it is a folder. Check the path and run again.")
        #expect(error?.description.contains(".tmp") == false)
        #expect(listing(dir) == ["index.html"])
    }

    @Test func folderThatIsAFileIsNamed() throws {
        let dir = try TemporaryDirectory.current.folder("notdir")
        try AtomicFile.write("x", to: URL(fileURLWithPath: dir + "/plain"))
        let error = #expect(throws: ExperimentError.self) {
            try AtomicFile.write("y", to: URL(fileURLWithPath: dir + "/plain/figures/a.svg"))
        }
        #expect(error?.description == "cannot write \(dir)/plain/figures/a.svg: \(dir)/plain exists and is not a folder. Choose another location or remove that file.")
        #expect(error?.exitCode == 73)
    }

    @Test func unwritableLocationIsPlainWords() throws {
        let error = #expect(throws: ExperimentError.self) { try AtomicFile.write("x", to: URL(fileURLWithPath: "/proc/x/y.html")) }
        #expect(error?.description.hasPrefix("cannot create the folder /proc/x for /proc/x/y.html: ") == true)
        #expect(error?.description.contains("Error Domain") == false)
        #expect(error?.exitCode == 73)
    }
}
