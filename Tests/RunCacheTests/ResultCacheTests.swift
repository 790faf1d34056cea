import Foundation
@testable import RunCache
import Testing
import TestSupport

@Suite(.temporaryDirectory(label: "cache")) struct ResultCacheTests {
    struct Spec: Codable, Sendable { var a: Int }

    func job(_ a: Int, counter: Counter) -> CachedRunner.Job<Spec, Int> {
        .init(spec: Spec(a: a), identity: "test/a") { s in counter.bump(); return s.a * 10 }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock(); private var n = 0
        func bump() { lock.lock(); n += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }

    @Test func keyIsStableAndSensitiveToContentAndSchema() {
        #expect(ResultCache.key(Spec(a: 1)) == ResultCache.key(Spec(a: 1)))
        #expect(ResultCache.key(Spec(a: 1)) != ResultCache.key(Spec(a: 2)))
        #expect(ResultCache.key(Spec(a: 1), schema: 1) != ResultCache.key(Spec(a: 1), schema: 2))
        #expect(ResultCache.key(Spec(a: 1)).count == 32)
    }

    @Test func secondRunIsServedFromCache() throws {
        let cache = try ResultCache(directory: TemporaryDirectory.current.folder()), counter = Counter()
        let runner = CachedRunner(cache: cache, jobs: 2, quiet: true)
        let first = try runner.run([job(1, counter: counter), job(2, counter: counter)], what: "t")
        #expect(first.computed == 2 && first.entries.map(\.result) == [10, 20])
        let second = try runner.run([job(1, counter: counter), job(2, counter: counter)], what: "t")
        #expect(second.computed == 0 && second.loaded == 2 && counter.value == 2)
    }

    @Test func corruptEntryIsReportedAndRecomputed() throws {
        let cache = try ResultCache(directory: TemporaryDirectory.current.folder()), counter = Counter()
        let runner = CachedRunner(cache: cache, jobs: 1, quiet: true)
        _ = try runner.run([job(3, counter: counter)], what: "t")
        let url = cache.entryURL(ResultCache.key(Spec(a: 3)))
        try Data("{ not json".utf8).write(to: url)
        guard case .miss(_, let reason) = cache.lookup(Spec(a: 3), identity: "test/a", as: Int.self) else {
            Issue.record("a corrupt entry must not be a hit"); return
        }
        #expect(reason == .corrupt(path: url.path))
        #expect(reason.description == "corrupt cache entry \(url.path) (unreadable or invalid JSON); recomputing")
        let again = try runner.run([job(3, counter: counter)], what: "t")
        #expect(again.computed == 1 && again.entries[0].result == 30 && counter.value == 2)
    }

    @Test func reasonsSayConfigChangedAndSchemaChanged() throws {
        let cache = try ResultCache(directory: TemporaryDirectory.current.folder()), counter = Counter()
        _ = try CachedRunner(cache: cache, jobs: 1, quiet: true).run([job(4, counter: counter)], what: "t")
        guard case .miss(_, let changed) = cache.lookup(Spec(a: 5), identity: "test/a", as: Int.self) else { Issue.record("miss expected"); return }
        #expect(changed == .configChanged)
        guard case .miss(_, let new) = cache.lookup(Spec(a: 5), identity: "other", as: Int.self) else { Issue.record("miss expected"); return }
        #expect(new == .new)
        // An entry written by an older schema: same identity, pointer to a file whose schema is 0.
        let oldKey = ResultCache.key(Spec(a: 7), schema: 0)
        try AtomicFile.write(Data(#"{"schema": 0, "key": "\#(oldKey)", "result": 70, "seconds": 1}"#.utf8), to: cache.entryURL(oldKey))
        try AtomicFile.write(Data(oldKey.utf8), to: cache.pointerURL("test/b"))
        guard case .miss(_, let schema) = cache.lookup(Spec(a: 7), identity: "test/b", as: Int.self) else { Issue.record("miss expected"); return }
        #expect(schema == .schemaChanged(from: 0, to: ResultCache.schemaVersion))
    }

    @Test func offlineMissListsTheRuns() throws {
        let cache = try ResultCache(directory: TemporaryDirectory.current.folder())
        #expect(throws: ExperimentError.self) {
            try CachedRunner(cache: cache, jobs: 1, offline: true, quiet: true).run([job(6, counter: Counter())], what: "t")
        }
    }

    @Test func atomicWriteLeavesNoTemporaryFiles() throws {
        let dir = try TemporaryDirectory.current.folder()
        let url = URL(fileURLWithPath: dir).appendingPathComponent("sub/x.json")
        try AtomicFile.write("one", to: url)
        try AtomicFile.write("two", to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/sub") == ["x.json"])
    }
}
