import Foundation
@testable import RunCache
import Testing
@testable import Experiments
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 27 at the library level: the path type, the leftover temporary files of killed writes,
/// the shard pool's stop after the first failure, and `cache merge`'s entry and source checks.
@Suite(.temporaryDirectory(label: "scaleout")) struct ScaleOutRobustnessTests {
    /// A fresh folder inside the suite's temporary directory (removed with it).
    func tempDir(_ name: String) -> String {
        (try? TemporaryDirectory.current.folder("\(name)-\(UUID().uuidString)")) ?? TemporaryDirectory.current.file(name)
    }

    // MARK: UserPath

    @Test func userPathNormalisesWithoutFoundationPathArithmetic() throws {
        #expect(try UserPath("O").path == "O")
        #expect(try UserPath("O").parent.path == ".")
        #expect(try UserPath("x/y/z").prefixes == ["x", "x/y", "x/y/z"])
        #expect(try UserPath("./a//b/./c/").path == "a/b/c")
        #expect(try UserPath("/a/b").parent.path == "/a")
        #expect(try UserPath("/a").parent.path == "/")
        #expect(try UserPath("/").parent.path == "/")
        #expect(try UserPath("/").prefixes == [])
        #expect(try UserPath("a/../b").prefixes == ["a", "a/..", "a/../b"], "`..` is left to the file system")
        #expect(try UserPath("a").appending("figures").path == "a/figures")
        do {
            _ = try UserPath("", what: "output folder")
            Issue.record("an empty path must be refused")
        } catch let e as ExperimentError {
            #expect(e.exitCode == 64)
            #expect(e.description == "the output folder is an empty path; give a folder name, e.g. output/report")
        }
    }

    @Test func makeDirectoriesCreatesEveryPrefixAndNamesAFileInTheWay() throws {
        let dir = tempDir("userpath")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try UserPath(dir + "/x/y/z").makeDirectories()
        #expect(UserPath.isDirectory(dir + "/x/y/z") == true)
        try Data("f".utf8).write(to: URL(fileURLWithPath: dir + "/file"))
        do {
            try UserPath(dir + "/file/sub").makeDirectories(for: dir + "/file/sub/a.txt")
            Issue.record("a file in the way must be an error")
        } catch let e as ExperimentError {
            #expect(e.exitCode == 73)
            #expect(e.description == "cannot write \(dir)/file/sub/a.txt: \(dir)/file exists and is not a folder. Choose another location or remove that file.")
        }
    }

    // MARK: Temporary files

    static let deadPID: Int32 = 2_147_483_000   // above any pid_max: kill(2) says ESRCH

    @Test func leftoversOfDeadWritersAreRemovedByTheNextWriteButLiveOnesAndUserFilesStay() throws {
        let dir = tempDir("leftovers")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let uuid = UUID().uuidString
        let deadNew = "\(TemporaryName.prefix)\(Self.deadPID).\(TemporaryName.host).\(uuid).index.html.tmp"
        let deadOld = ".fig9.svg.\(Self.deadPID).\(uuid).tmp"                       // the format before issue 27
        let live = "\(TemporaryName.prefix)\(getpid()).\(TemporaryName.host).\(uuid).results.json.tmp"
        let otherHostRecent = "\(TemporaryName.prefix)\(Self.deadPID).00000000.\(uuid).x.tmp"
        let userFiles = [".hidden", "notes.tmp", ".a.b.c.tmp"]
        for name in [deadNew, deadOld, live, otherHostRecent] + userFiles {
            try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        #expect(TemporaryName.matches(deadNew) && TemporaryName.matches(deadOld) && TemporaryName.matches(live))
        #expect(!userFiles.contains(where: TemporaryName.matches))
        #expect(AtomicFile.temporaryFiles(in: dir) == [deadNew, deadOld, live, otherHostRecent].sorted())
        // The first write of this process into the folder cleans it.
        try AtomicFile.write(Data("page".utf8), to: URL(fileURLWithPath: dir + "/index.html"))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: dir))
        #expect(!left.contains(deadNew) && !left.contains(deadOld), "\(left)")
        #expect(left.isSuperset(of: [live, otherHostRecent, "index.html"] + userFiles), "\(left)")
    }

    @Test func temporaryFilesCarryTheRecognisablePrefix() throws {
        let name = TemporaryName.make(for: "index.html")
        #expect(name.hasPrefix(".clreport-tmp.\(getpid()).") && name.hasSuffix(".index.html.tmp"))
        #expect(TemporaryName.writer(name) == TemporaryName.Writer(pid: getpid(), host: TemporaryName.host))
    }

    // MARK: Shard pool

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }

    struct Boom: Error {}

    @Test func theShardPoolStartsNoRunAfterTheFirstFailure() throws {
        let cache = ResultCache(directory: tempDir("pool"))
        let calls = Counter()
        let items = (0..<10).map { i in
            RunWorkItem(CachedRunner.Job(spec: [i], identity: "t/\(i)") { (_: [Int]) throws -> Int in
                _ = calls.next()
                throw Boom()
            }, cost: 1)
        }
        #expect(throws: Boom.self) { try WorkItemPool.compute(items, into: cache, jobs: 1) }
        #expect(calls.value == 1, "runs started after the first failure: \(calls.value - 1)")
    }

    // MARK: cache merge

    struct Spec: Codable, Sendable { var a: Int }

    @discardableResult
    func store(_ dir: String, a: Int, result: Double) throws -> String {
        let key = ResultCache.key(Spec(a: a))
        try ResultCache(directory: dir).store(CacheEntry(key: key, result: result, seconds: 1), identity: "t/a=\(a)")
        return key
    }

    @Test func anEntryThatParsesButIsNoValidResultIsSkippedAndTheValidOneIsCopied() throws {
        let bad = tempDir("merge-bad"), good = tempDir("merge-good"), into = tempDir("merge-into")
        let key = try store(good, a: 1, result: 0.5)
        try FileManager.default.createDirectory(atPath: bad + "/runs", withIntermediateDirectories: true)
        let invalid = #"{"key":"\#(key)","result":{"not":"a result"},"schema":\#(ResultCache.schemaVersion),"seconds":1}"#
        try Data(invalid.utf8).write(to: URL(fileURLWithPath: "\(bad)/runs/\(key).json"))
        let merger = CacheMerger(into: into)
        var s = CacheMerger.Summary()
        try merger.merge(bad, into: &s)
        try merger.merge(good, into: &s)
        #expect(s.copied == 1 && s.conflicts.isEmpty, "\(s)")
        #expect(s.unreadable == ["\(bad)/runs/\(key).json: unreadable or not a cache entry for key \(key) (its result is not a valid run result); skipped"])
        guard case .hit(let e) = ResultCache(directory: into).lookup(Spec(a: 1), identity: "t/a=1", as: Double.self) else {
            Issue.record("the valid entry was not merged"); return
        }
        #expect(e.result == 0.5)
        // An invalid destination entry is repaired by a valid source entry.
        try Data(invalid.utf8).write(to: URL(fileURLWithPath: "\(into)/runs/\(key).json"))
        var r = CacheMerger.Summary()
        try merger.merge(good, into: &r)
        #expect(r.repaired == 1 && r.conflicts.isEmpty, "\(r)")
        // Another schema is not copied either.
        let old = tempDir("merge-old")
        try FileManager.default.createDirectory(atPath: old + "/runs", withIntermediateDirectories: true)
        try Data(#"{"key":"k2","result":1,"schema":1,"seconds":1}"#.utf8).write(to: URL(fileURLWithPath: old + "/runs/k2.json"))
        var o = CacheMerger.Summary()
        try merger.merge(old, into: &o)
        #expect(o.copied == 0 && o.unreadable.count == 1 && o.unreadable[0].contains("schema 1; this clreport reads schema"))
    }

    @Test func aSourceThatIsNoCacheFolderIsAnError() throws {
        let dir = tempDir("merge-src")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/plain"))
        try FileManager.default.createDirectory(atPath: dir + "/noruns", withIntermediateDirectories: true)
        let merger = CacheMerger(into: dir + "/into")
        for (source, message) in [(dir + "/missing", "\(dir)/missing does not exist; give result-cache folders (each with a runs/ folder)"),
                                  (dir + "/plain", "\(dir)/plain is not a folder; give result-cache folders (each with a runs/ folder)"),
                                  (dir + "/noruns", "\(dir)/noruns is not a result cache: it has no runs/ folder")] {
            var s = CacheMerger.Summary()
            do {
                try merger.merge(source, into: &s)
                Issue.record("\(source) merged without an error")
            } catch let e as ExperimentError {
                #expect(e.exitCode == 66)
                #expect(e.description == message)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/into/runs"), "nothing is written for an unusable source")
    }
}
