import Foundation
@testable import RunCache
import Testing
import TestSupport

/// Locks, data digests in keys, and failing fast on an unusable cache.
@Suite(.temporaryDirectory(label: "cc")) struct CacheConcurrencyTests {
    struct Spec: Codable, Sendable { var a: Int; var data: [DataFileDigest] = [] }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock(); private var n = 0
        func bump() { lock.lock(); n += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }

    func jobs(_ n: Int, counter: Counter, delay: Double = 0) -> [CachedRunner.Job<Spec, Int>] {
        (0..<n).map { a in
            .init(spec: Spec(a: a), identity: "t/\(a)") { s in
                counter.bump()
                if delay > 0 { Thread.sleep(forTimeInterval: delay) }
                return s.a * 10
            }
        }
    }

    // Before: two reports on one cache both computed every run and overwrote each other's timings.
    @Test func twoRunnersOnOneCacheComputeEachRunOnceAndKeepTheStoredEntry() throws {
        let dir = try TemporaryDirectory.current.folder(), counter = Counter()
        let results = ResultsBox()
        let group = DispatchGroup()
        for _ in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                let runner = CachedRunner(cache: ResultCache(directory: dir), jobs: 2, quiet: true)
                results.add(Result { try runner.run(self.jobs(6, counter: counter, delay: 0.02), what: "t") })
                group.leave()
            }
        }
        group.wait()
        #expect(counter.value == 6, "each run must be computed exactly once, was computed \(counter.value) times")
        let outcomes = try results.all.map { try $0.get() }
        #expect(outcomes.count == 2)
        // Both reports see the same stored entries, timings included.
        #expect(outcomes[0].entries.map(\.seconds) == outcomes[1].entries.map(\.seconds))
        #expect(outcomes[0].entries.map(\.result) == [0, 10, 20, 30, 40, 50])
    }

    // Before: with --cache pointing at a file every run was computed, then all were thrown away.
    @Test func unusableCacheFailsBeforeComputingAnything() throws {
        let dir = try TemporaryDirectory.current.folder()
        let file = dir + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let counter = Counter()
        let runner = CachedRunner(cache: ResultCache(directory: file), jobs: 2, quiet: true)
        let error = #expect(throws: ExperimentError.self) { try runner.run(jobs(5, counter: counter), what: "t") }
        #expect(counter.value == 0)
        #expect(error?.description.hasPrefix("cannot write \(file)/runs/") == true)
        #expect(error?.description.hasSuffix(": \(file) exists and is not a folder. Choose another location or remove that file.") == true)
        #expect(throws: ExperimentError.self) { try ResultCache(directory: file).probeWritable() }
        try ResultCache(directory: dir + "/fresh").probeWritable()
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir + "/fresh/runs")) ?? ["?"]).isEmpty)
    }

    // Before: a store that failed (full disk, an entry path that cannot be written) surfaced only
    // after the pool had computed every other run too. The first failure stops the pool.
    @Test func aFailedStoreStopsThePoolAfterTheFirstRun() throws {
        let dir = try TemporaryDirectory.current.folder(), counter = Counter()
        let cache = ResultCache(directory: dir)
        let work = jobs(5, counter: counter)
        // Every entry path is a folder: each run computes, then its store (rename onto the folder) fails.
        for j in work {
            try FileManager.default.createDirectory(at: cache.entryURL(ResultCache.key(j.spec)), withIntermediateDirectories: true)
        }
        let runner = CachedRunner(cache: cache, jobs: 1, quiet: true)
        let error = #expect(throws: ExperimentError.self) { try runner.run(work, what: "t") }
        #expect(error?.description.hasPrefix("cannot write \(dir)/runs/") == true, "\(String(describing: error))")
        #expect(counter.value == 1, "the pool must stop after the first failed store; computed \(counter.value) runs")
    }

    // Replacing a data file invalidates exactly the runs that read it, and says so.
    @Test func changedDataFileIsTheReasonAndOnlyItsRunsMiss() throws {
        let dir = try TemporaryDirectory.current.folder(), counter = Counter()
        let cache = ResultCache(directory: dir)
        let v1 = DataFileDigest(name: "train.gz", size: 3, sha256: String(repeating: "a", count: 64))
        let v2 = DataFileDigest(name: "train.gz", size: 3, sha256: String(repeating: "b", count: 64))
        func job(_ a: Int, _ data: [DataFileDigest]) -> CachedRunner.Job<Spec, Int> {
            .init(spec: Spec(a: a, data: data), identity: "t/\(a)", inputs: data) { s in counter.bump(); return s.a }
        }
        let runner = CachedRunner(cache: cache, jobs: 1, quiet: true)
        _ = try runner.run([job(1, [v1]), job(2, [])], what: "t")
        guard case .miss(_, let reason) = cache.lookup(Spec(a: 1, data: [v2]), identity: "t/1", as: Int.self, inputs: [v2]) else {
            Issue.record("a changed data file must be a miss"); return
        }
        #expect(reason == .dataChanged(files: ["train.gz"]))
        #expect(reason.description == "data changed: train.gz")
        let again = try runner.run([job(1, [v2]), job(2, [])], what: "t")
        #expect(again.computed == 1 && counter.value == 3)
    }

    @Test func fileDigestIsSizeAndSHA256AndFollowsChanges() throws {
        let dir = try TemporaryDirectory.current.folder()
        let path = dir + "/data.bin"
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        let d = try DataFileDigest.of(path)
        #expect(d == DataFileDigest(name: "data.bin", size: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        try FileManager.default.removeItem(atPath: path)
        try Data("abcd".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try DataFileDigest.of(path).sha256 == "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589")
        let error = #expect(throws: Error.self) { try DataFileDigest.of(dir + "/missing.bin") }
        #expect("\(error!)".contains("\(dir)/missing.bin"))
    }
}

final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<CachedRunner.Outcome<Int>, Error>] = []
    func add(_ r: Result<CachedRunner.Outcome<Int>, Error>) { lock.lock(); items.append(r); lock.unlock() }
    var all: [Result<CachedRunner.Outcome<Int>, Error>] { lock.lock(); defer { lock.unlock() }; return items }
}
