import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 27 end to end on the real binary: the two crashes (a relative `--out`, unbounded counts),
/// `run --shard` and `cache merge` on a full disk, and the output folder's lock.
@Suite(.serialized) struct ScaleOutReliabilityTests {
    static let root = ReliabilityTests.root
    static let templates = root.path + "/templates"

    /// Runs the binary in `cwd` (the default: the repository) and waits.
    static func run(_ args: [String], in dir: String, cwd: String? = nil) throws -> (status: Int32, stderr: String) {
        let r = try start(args, in: dir, cwd: cwd)
        r.process.waitUntilExit()
        return (r.process.terminationStatus, r.stderr)
    }

    static func start(_ args: [String], in dir: String, cwd: String? = nil) throws -> ReliabilityTests.Run {
        guard let binary = ReliabilityTests.binary else { throw ReliabilityError("the clreport binary is not built") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? root.path)
        let errPath = dir + "/stderr-\(UUID().uuidString).txt"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        p.standardError = FileHandle(forWritingAtPath: errPath)
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return ReliabilityTests.Run(process: p, stderrPath: errPath)
    }

    static func offlineReport(cache: String, out: String) -> [String] {
        ["report", "--profile", "quick", "--no-long-tail", "--offline", "--cache", cache, "--templates", templates, "--out", out]
    }

    // 1. `--out O` (one-character relative component) and `--out x/y/z` crashed with SIGILL in
    //    Foundation's deletingLastPathComponent before any message. Now the folder is created and
    //    the report gets as far as its (empty, --offline) cache: 66.
    @Test func relativeOutputFoldersAreCreatedWithoutACrash() throws {
        let dir = ReliabilityTests.scratch("relative-out")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for out in ["O", "x/y/z", "./a//b/"] {
            let r = try Self.run(Self.offlineReport(cache: dir + "/cache", out: out), in: dir, cwd: dir)
            #expect(r.status == 66, "--out \(out): \(r.stderr)")
            #expect(r.stderr.contains("--offline: "), "--out \(out): \(r.stderr)")
            var isDir: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: dir + "/" + out, isDirectory: &isDir) && isDir.boolValue, "--out \(out) not created")
        }
        let empty = try Self.run(Self.offlineReport(cache: dir + "/cache", out: ""), in: dir, cwd: dir)
        // An argument check (`validate()`): ArgumentParser prints the message, then the usage line.
        #expect(empty.status == 64 && empty.stderr.hasPrefix("Error: the output folder is an empty path; give a folder name, e.g. output/report\n"), "\(empty.stderr)")
    }

    // 2. Counts without an upper bound aborted allocating terabytes (exit 134).
    @Test func hugeCountsAreUsageErrorsNotAborts() throws {
        let dir = ReliabilityTests.scratch("counts")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let common = ["--profile", "quick", "--no-long-tail", "--cache", dir + "/cache"]
        for (args, message) in [(["run", "--shard", "1/1000000000000"] + common, "the shard count N is out of range; allowed: 1…10000"),
                                (["plan", "--workers", "1000000000000"] + common, "--workers 1000000000000 is out of range; allowed: 1…10000"),
                                (["train", "--seeds", "1000000000000"], "--seeds 1000000000000 is out of range; allowed: 1…10000"),
                                (["slurm", "--shards", "1000000000000"] + common, "--shards 1000000000000 is out of range; allowed: 1…1000")] {
            let r = try Self.run(args, in: dir)
            #expect(r.status == 64, "\(args.joined(separator: " ")): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/cache"))
    }

    // 3. `run --shard` shares the report's preflight: a --cache that is a file fails before any
    //    run, once, with 73 (it computed every run and printed the error 109 times, exit 1).
    @Test func runShardPreflightsTheCache() throws {
        let dir = ReliabilityTests.scratch("shard-preflight")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/file"))
        let r = try Self.run(["run", "--shard", "1/1", "--profile", "quick", "--no-long-tail", "--set", "steps=200", "--cache", dir + "/file"], in: dir)
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr == "clreport: \(dir)/file exists and is not a folder. Choose another location or remove that file.\n", "\(r.stderr)")
    }

    // 3. On a full disk `run --shard` stops after the first failed store and exits 74, saying so once.
    @Test(.enabled(if: ReliabilityTests.canMount)) func runShardOnAFullDiskStopsAndExits74() throws {
        let dir = ReliabilityTests.scratch("shard-full")
        let disk = dir + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        #expect(mount("tmpfs", disk, "tmpfs", 0, "size=64k") == 0)
        defer { _ = umount(disk); try? FileManager.default.removeItem(atPath: dir) }
        let r = try Self.run(["run", "--shard", "1/1", "--profile", "quick", "--no-long-tail", "--set", "steps=200", "--jobs", "2",
                              "--cache", disk + "/cache"], in: dir)
        #expect(r.status == 74, "\(r.stderr)")
        #expect(ReliabilityTests.count(r.stderr, "the disk is full") == 1, "\(r.stderr)")
        let stored = ReliabilityTests.entries(disk + "/cache").count
        let ran = ReliabilityTests.count(r.stderr, "] ran ")
        // At most the runs in flight when the first store failed (2 jobs) finish after it.
        #expect(ran <= stored + 2, "\(ran) runs computed, \(stored) stored: the shard did not stop")
        let total = Int(r.stderr.components(separatedBy: " runs (estimated").first?.split(separator: " ").last ?? "") ?? 0
        #expect(total > ran + 10, "\(r.stderr)")
        #expect(ReliabilityTests.files(disk).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    /// `plan --json` with `args`: its runs (identity, cached, phase) and remaining seconds.
    static func plan(_ args: [String], in dir: String) throws -> (runs: [(identity: String, cached: Bool, phase: String)], remaining: Double) {
        guard let binary = ReliabilityTests.binary else { throw ReliabilityError("the clreport binary is not built") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["plan", "--json"] + args
        p.currentDirectoryURL = root
        let outPath = dir + "/plan-\(UUID().uuidString).json"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        p.standardOutput = FileHandle(forWritingAtPath: outPath)
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ReliabilityError("plan exited \(p.terminationStatus)") }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: outPath))) as? [String: Any]
        let runs = (json?["runs"] as? [[String: Any]] ?? []).map {
            ($0["identity"] as? String ?? "", $0["cached"] as? Bool ?? false, $0["phase"] as? String ?? "")
        }
        return (runs, json?["remainingSeconds"] as? Double ?? .nan)
    }

    // 8. `plan`, `run --shard` and the Slurm array (shards of the same plan) include the robustness
    //    map's search runs: after every shard `plan` has nothing left to compute and the report
    //    loads every search run from the cache. It used to compute them (72 on the quick profile)
    //    in the render job, whose --time was sized for rendering. The confirmation runs, chosen from
    //    the search results, are a second phase: `plan` lists them once the search is cached, and
    //    `run --phase confirmation` (Slurm's second array) computes them.
    @Test func afterEveryShardTheReportComputesNoSearchRunOfTheMap() throws {
        let dir = ReliabilityTests.scratch("shard-map")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let common = ["--profile", "quick", "--no-long-tail", "--set", "steps=200", "--jobs", "2", "--cache", dir + "/cache"]
        let before = try Self.plan(common, in: dir)
        #expect(before.runs.contains { $0.identity.contains("/reading=") }, "plan lists the map's search runs")
        #expect(before.runs.allSatisfy { !$0.cached } && before.remaining > 0)
        for i in 1...2 {
            let r = try Self.run(["run", "--shard", "\(i)/2", "--quiet"] + common, in: dir)
            #expect(r.status == 0, "run --shard \(i)/2: \(r.stderr)")
        }
        let after = try Self.plan(common, in: dir)
        let main = after.runs.filter { $0.phase == "main" }, confirmation = after.runs.filter { $0.phase == "confirmation" }
        #expect(main.count == before.runs.count && main.allSatisfy(\.cached))
        #expect(!confirmation.isEmpty && confirmation.allSatisfy { !$0.cached }, "the confirmation is listed, exactly, once the search is cached")
        let c = try Self.run(["run", "--phase", "confirmation", "--shard", "1/1", "--quiet"] + common, in: dir)
        #expect(c.status == 0, "run --phase confirmation: \(c.stderr)")
        let done = try Self.plan(common, in: dir)
        #expect(done.runs.allSatisfy(\.cached) && done.remaining == 0)
        let report = try Self.run(["report", "--templates", Self.templates, "--out", dir + "/out"] + common, in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let phases = report.stderr.split(separator: "\n").filter {
            $0.hasPrefix("synthetic: ") || $0.hasPrefix("readings: ") || $0.hasPrefix("readings (confirmation): ")
        }
        #expect(phases.count == 3 && phases.allSatisfy { $0.hasSuffix(" loaded from cache, 0 to run") }, "\(phases)")
    }

    // 6. `cache merge` onto a full disk exits 74 (I/O error), not 73.
    @Test(.enabled(if: ReliabilityTests.canMount)) func cacheMergeOnAFullDiskExits74() throws {
        let dir = ReliabilityTests.scratch("merge-full")
        let disk = dir + "/disk"
        try FileManager.default.createDirectory(atPath: dir + "/src/runs", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        #expect(mount("tmpfs", disk, "tmpfs", 0, "size=64k") == 0)
        defer { _ = umount(disk); try? FileManager.default.removeItem(atPath: dir) }
        let pad = String(repeating: "0", count: 2000)
        for i in 0..<64 {   // 64 valid entries of ~2 KB (a baseline's Double result): more than 64 KiB
            let key = "k\(i)-\(pad.prefix(40))"
            let entry = #"{"key":"\#(key)","pad":"\#(pad)","result":0.5,"schema":4,"seconds":1}"#
            try Data(entry.utf8).write(to: URL(fileURLWithPath: "\(dir)/src/runs/\(key).json"))
        }
        let r = try Self.run(["cache", "merge", dir + "/src", "--into", disk + "/merged"], in: dir)
        #expect(r.status == 74, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("clreport: cache merge: cannot write \(disk)/merged/runs/") && r.stderr.contains("the disk is full"), "\(r.stderr)")
    }

    // 12. The output folder has a lock: a second report into it waits (and says so) instead of
    //     writing at the same time as the first.
    @Test func aReportWaitsForTheOutputFoldersLock() throws {
        let dir = ReliabilityTests.scratch("out-lock")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let fd = open(out + "/.clreport-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #expect(fd >= 0 && flock(fd, LOCK_EX) == 0)
        let r = try Self.start(Self.offlineReport(cache: dir + "/cache", out: out), in: dir)
        let deadline = Date().addingTimeInterval(300)
        while r.process.isRunning, !r.stderr.contains("waiting for another clreport writing into"), Date() < deadline { usleep(20_000) }
        #expect(r.process.isRunning, "the report did not wait for the folder's lock: \(r.stderr)")
        #expect(r.stderr.contains("clreport: waiting for another clreport writing into \(out)"), "\(r.stderr)")
        close(fd)   // releases the lock: the report goes on (and stops at its empty --offline cache)
        r.process.waitUntilExit()
        #expect(r.process.terminationStatus == 66, "\(r.stderr)")
    }
}
