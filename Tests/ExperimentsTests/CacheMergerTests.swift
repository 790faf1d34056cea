import Foundation
@testable import RunCache
import Testing
import TestSupport

@Suite(.temporaryDirectory(label: "merge")) struct CacheMergerTests {
    struct Spec: Codable, Sendable { var a: Int }

    func store(_ dir: String, a: Int, result: Int, seconds: Double) throws -> String {
        let cache = ResultCache(directory: dir)
        let key = ResultCache.key(Spec(a: a))
        try cache.store(CacheEntry(key: key, result: result, seconds: seconds), identity: "t/a=\(a)")
        return key
    }

    @Test func copiesNoOpsReportsConflictsAndSkipsUnreadable() throws {
        let scratch = TemporaryDirectory.current
        let a = try scratch.folder(), b = try scratch.folder(), into = try scratch.folder()
        let k1 = try store(a, a: 1, result: 10, seconds: 1)
        _ = try store(a, a: 2, result: 20, seconds: 1)
        _ = try store(b, a: 1, result: 10, seconds: 1)          // same bytes as in a
        _ = try store(b, a: 2, result: 20, seconds: 7)          // same result, other compute time
        let k3 = try store(b, a: 3, result: 30, seconds: 1)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: "\(b)/runs/\(ResultCache.key(Spec(a: 4))).json"))
        let merger = CacheMerger(into: into)
        var s = CacheMerger.Summary()
        try merger.merge(a, into: &s)
        try merger.merge(b, into: &s)
        #expect(s.copied == 3 && s.identical == 1 && s.sameResult == 1 && s.conflicts.isEmpty)
        #expect(s.unreadable == ["\(b)/runs/\(ResultCache.key(Spec(a: 4))).json: unreadable or not a cache entry for key \(ResultCache.key(Spec(a: 4))) (not a JSON object); skipped"])
        let merged = ResultCache(directory: into)
        guard case .hit(let e) = merged.lookup(Spec(a: 3), identity: "t/a=3", as: Int.self) else { Issue.record("a=3 not merged"); return }
        #expect(e.result == 30 && e.key == k3)

        // A different result under the same key is a conflict and leaves the destination alone.
        let c = try scratch.folder()
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(into)/runs/\(k1).json"))
        _ = try store(c, a: 1, result: 11, seconds: 1)
        var s2 = CacheMerger.Summary()
        try merger.merge(c, into: &s2)
        #expect(s2.conflicts == ["\(c)/runs/\(k1).json: key \(k1) has a different result in \(into)/runs/\(k1).json; left alone"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(into)/runs/\(k1).json")) == before)
    }

    @Test func concurrentWritersOfOneFolderNeverLeaveAPartialEntry() throws {
        let dir = try TemporaryDirectory.current.folder()
        let cache = ResultCache(directory: dir)
        let big = [Double](repeating: 1.5, count: 20_000)
        // 8 writers store entries for the same 4 keys at once, as shards on a shared file system would.
        _ = JobPool.map(count: 32, jobs: 8) { i -> Bool in
            let key = ResultCache.key(Spec(a: i % 4))
            try? cache.store(CacheEntry(key: key, result: big, seconds: 1), identity: "t/a=\(i % 4)")
            return true
        }
        for a in 0..<4 {
            guard case .hit(let e) = cache.lookup(Spec(a: a), identity: "t/a=\(a)", as: [Double].self) else {
                Issue.record("entry \(a) unreadable after concurrent writes"); continue
            }
            #expect(e.result == big)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir + "/runs").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
