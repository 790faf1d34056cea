import Foundation
import Testing

/// End-to-end faults on the real `clreport` binary (quick profile, 200 steps, no long-tail data):
/// kill -9 during a report then resume, a full disk, two concurrent reports on one cache.
@Suite(.serialized) struct ReliabilityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built next to the tests (`swift test` builds every product of the package).
    static let binary: String? = {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clreport").path,
                          root.appendingPathComponent(".build/release/clreport").path,
                          root.appendingPathComponent(".build/debug/clreport").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static func scratch(_ name: String) -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("clreport-rel-\(name)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    static func reportArgs(cache: String, out: String) -> [String] {
        ["report", "--profile", "quick", "--no-long-tail", "--set", "steps=200", "--jobs", "2",
         "--cache", cache, "--out", out, "--templates", root.path + "/templates"]
    }

    /// A started `clreport` process with its stderr collected in a file.
    struct Run {
        let process: Process
        let stderrPath: String
        var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
    }

    static func start(_ args: [String], in dir: String) throws -> Run {
        guard let binary else { throw ReliabilityError("the clreport binary is not built; run `swift build -c release` (make test does)") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = root
        let errPath = dir + "/stderr-\(UUID().uuidString).txt"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        p.standardError = FileHandle(forWritingAtPath: errPath)
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return Run(process: p, stderrPath: errPath)
    }

    static func run(_ args: [String], in dir: String) throws -> (status: Int32, stderr: String) {
        let r = try start(args, in: dir)
        r.process.waitUntilExit()
        return (r.process.terminationStatus, r.stderr)
    }

    static func files(_ dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).sorted()
    }

    static func entries(_ cache: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/runs")) ?? []).filter { $0.hasSuffix(".json") }
    }

    static func count(_ text: String, _ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func killNineThenResumeLosesNothingAndGivesTheSamePage() throws {
        let dir = Self.scratch("kill")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Reference: one uninterrupted report.
        let reference = try Self.run(Self.reportArgs(cache: dir + "/cache-ref", out: dir + "/ref"), in: dir)
        #expect(reference.status == 0, "\(reference.stderr)")
        let total = Self.entries(dir + "/cache-ref").count
        #expect(total > 4)

        // Interrupted: kill -9 once a few runs are stored.
        let victim = try Self.start(Self.reportArgs(cache: dir + "/cache", out: dir + "/out"), in: dir)
        let deadline = Date().addingTimeInterval(600)
        while Self.entries(dir + "/cache").count < 3, victim.process.isRunning, Date() < deadline { usleep(20_000) }
        kill(victim.process.processIdentifier, SIGKILL)
        victim.process.waitUntilExit()
        let stored = Self.entries(dir + "/cache").count
        #expect(stored >= 3 && stored < total, "kill -9 should land mid-report (\(stored) of \(total) stored)")

        // Resume: nothing stored is recomputed, and the page is byte-identical to the reference.
        let resumed = try Self.run(Self.reportArgs(cache: dir + "/cache", out: dir + "/out"), in: dir)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // The kill lands in the synthetic phase (its runs come first); the readings' phases follow.
        #expect(resumed.stderr.contains("synthetic: \(stored) loaded from cache, "), "\(resumed.stderr)")
        #expect(FileManager.default.contents(atPath: dir + "/out/index.html") == FileManager.default.contents(atPath: dir + "/ref/index.html"),
                "index.html differs after resume")
        // results.json records the runs' compute times (provenance), which differ between two caches.
        func withoutTimes(_ path: String) -> String {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return text.replacingOccurrences(of: #""computeSeconds" : [0-9.e+-]+"#, with: "", options: .regularExpression)
        }
        #expect(!withoutTimes(dir + "/ref/results.json").isEmpty)
        #expect(withoutTimes(dir + "/out/results.json") == withoutTimes(dir + "/ref/results.json"), "results.json differs after resume")
        #expect(Self.files(dir + "/cache/runs").filter { $0.hasSuffix(".json") }.count == total)
        let verify = try Self.run(["verify", dir + "/out", "--cache", dir + "/cache", "--templates", Self.root.path + "/templates"], in: dir)
        #expect(verify.status == 0, "\(verify.stderr)")
    }

    /// A 64 KiB tmpfs for the output folder, where mounting is allowed (root); the injected-failure
    /// variant of the same path is `AtomicFileTests.failedWriteLeavesNoTemporaryFileAndKeepsTheOldContent`.
    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let probe = scratch("mount-probe")
        defer { _ = umount(probe); try? FileManager.default.removeItem(atPath: probe) }
        return mount("tmpfs", probe, "tmpfs", 0, "size=64k") == 0
    }()

    @Test(.enabled(if: ReliabilityTests.canMount)) func fullDiskIsAClearErrorWithoutLitter() throws {
        let dir = Self.scratch("full")
        let disk = dir + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        #expect(mount("tmpfs", disk, "tmpfs", 0, "size=64k") == 0)
        defer { _ = umount(disk); try? FileManager.default.removeItem(atPath: dir) }
        let out = disk + "/report"
        let r = try Self.run(Self.reportArgs(cache: dir + "/cache", out: out), in: dir)
        #expect(r.status == 74, "\(r.stderr)")
        #expect(r.stderr.contains("clreport: cannot write \(out)/"), "\(r.stderr)")
        #expect(r.stderr.contains("the disk is full. Free some space"), "\(r.stderr)")
        #expect(!r.stderr.contains(".tmp") && !r.stderr.contains("Error Domain"), "\(r.stderr)")
        let litter = Self.files(disk).filter { $0.hasSuffix(".tmp") || $0.contains("probe") }
        #expect(litter.isEmpty, "left behind: \(litter)")
        // The finished runs were kept: a report into a roomy folder computes nothing.
        let again = try Self.run(Self.reportArgs(cache: dir + "/cache", out: dir + "/roomy"), in: dir)
        #expect(again.status == 0 && again.stderr.contains(" to run") && again.stderr.contains(", 0 to run"), "\(again.stderr)")
    }

    @Test func twoConcurrentReportsOnOneCacheComputeEachRunOnce() throws {
        let dir = Self.scratch("concurrent")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = try Self.start(Self.reportArgs(cache: dir + "/cache", out: dir + "/a"), in: dir)
        let b = try Self.start(Self.reportArgs(cache: dir + "/cache", out: dir + "/b"), in: dir)
        a.process.waitUntilExit(); b.process.waitUntilExit()
        #expect(a.process.terminationStatus == 0, "\(a.stderr)")
        #expect(b.process.terminationStatus == 0, "\(b.stderr)")
        let total = Self.entries(dir + "/cache").count
        let ran = Self.count(a.stderr, "] ran ") + Self.count(b.stderr, "] ran ")
        #expect(ran == total, "runs computed \(ran) times for \(total) distinct runs")
        for out in ["a", "b"] {
            let v = try Self.run(["verify", dir + "/" + out, "--cache", dir + "/cache", "--templates", Self.root.path + "/templates"], in: dir)
            #expect(v.status == 0, "verify \(out): \(v.stderr)")
        }
    }

    // The sysexits code reaches the shell for the data layer's errors too (README, "Exit status"):
    // 66 for a missing data file, 65 for a corrupt one, 64 for a bad setting; never a bare 1.
    @Test func dataErrorsExitWithTheirSysexitsCode() throws {
        let dir = Self.scratch("sysexits")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let missing = try Self.run(["longtail", "--profile", "quick", "--dataset", "cifar10", "--data-dir", dir + "/missing"], in: dir)
        #expect(missing.status == 66, "\(missing.stderr)")
        #expect(missing.stderr.hasPrefix("clreport: CIFAR-10 file(s) data_batch_1.bin, "), "\(missing.stderr)")
        let data = dir + "/cifar"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        for f in ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin", "test_batch.bin"] {
            try Data("xx".utf8).write(to: URL(fileURLWithPath: data + "/" + f))
        }
        let corrupt = try Self.run(["longtail", "--profile", "quick", "--dataset", "cifar10", "--data-dir", data], in: dir)
        #expect(corrupt.status == 65, "\(corrupt.stderr)")
        #expect(corrupt.stderr.hasPrefix("clreport: \(data)/data_batch_1.bin is truncated or not a CIFAR binary file"), "\(corrupt.stderr)")
        let setting = try Self.run(["longtail", "--profile", "quick", "--dataset", "cifar10", "--data-dir", data, "--set", "testLimit=0"], in: dir)
        #expect(setting.status == 64, "\(setting.stderr)")
    }

    @Test func unusableCacheAndOutputFailBeforeAnyRun() throws {
        let dir = Self.scratch("probe")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/file"))
        let badCache = try Self.run(Self.reportArgs(cache: dir + "/file", out: dir + "/out"), in: dir)
        #expect(badCache.status == 73, "\(badCache.stderr)")
        #expect(badCache.stderr == "clreport: \(dir)/file exists and is not a folder. Choose another location or remove that file.\n", "\(badCache.stderr)")
        let badOut = try Self.run(Self.reportArgs(cache: dir + "/cache", out: "/proc/x"), in: dir)
        #expect(badOut.status == 73, "\(badOut.stderr)")
        #expect(badOut.stderr.hasPrefix("clreport: cannot create the folder /proc/x: "), "\(badOut.stderr)")
        #expect(!badOut.stderr.contains("probe") && !badOut.stderr.contains("] ran ") && Self.entries(dir + "/cache").isEmpty)
    }
}

struct ReliabilityError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
