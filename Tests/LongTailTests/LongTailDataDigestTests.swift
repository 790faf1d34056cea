import Foundation
@testable import LongTail
@testable import RunCache
import Testing
@testable import Experiments
import TestSupport

/// The long-tail runs key on the data they read: every run and baseline spec carries the size and
/// SHA-256 of each data file, so a replaced file misses the cache with "data changed" instead of
/// reusing results computed on other data (issue 15).
@Suite(.temporaryDirectory(label: "ltdigest")) struct LongTailDataDigestTests {
    static let names = ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin", "test_batch.bin"]

    /// CIFAR-10 file names with small made-up content (the digests never parse it).
    func dataDirectory() throws -> String {
        let dir = try TemporaryDirectory.current.folder()
        for (i, name) in Self.names.enumerated() {
            try Data(repeating: UInt8(i), count: 3073).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        return dir
    }

    @Test func everyRunAndBaselineKeysOnTheDigestsOfItsDataFiles() throws {
        let dir = try dataDirectory()
        defer { LongTailData.clearCache() }
        let report = LongTailReport(profile: .quick, dataset: .cifar10, dataDirectory: dir)
        let runs = try report.runJobs(), baselines = try report.baselineJobs()
        #expect(!runs.isEmpty && !baselines.isEmpty)
        for data in runs.map(\.spec.data) + baselines.map(\.spec.data) {
            #expect(data.map(\.name).sorted() == Self.names && data.allSatisfy { $0.size == 3073 && $0.sha256.count == 64 })
        }
        #expect(runs.allSatisfy { $0.inputs == $0.spec.data } && baselines.allSatisfy { $0.inputs == $0.spec.data })
    }

    @Test func replacingADataFileMissesEveryRunThatReadItWithDataChanged() throws {
        let dir = try dataDirectory()
        defer { LongTailData.clearCache() }
        let report = LongTailReport(profile: .quick, dataset: .cifar10, dataDirectory: dir)
        let cache = ResultCache(directory: dir + "/cache")
        let before = try report.baselineJobs()
        for j in before {
            try cache.store(CacheEntry(key: ResultCache.key(j.spec), result: 0.5, seconds: 0), identity: j.identity, inputs: j.inputs)
        }
        for j in before {
            guard case .hit = cache.lookup(j.spec, identity: j.identity, as: Double.self, inputs: j.inputs) else {
                Issue.record("an unchanged data set must hit: \(j.identity)"); return
            }
        }
        // Same size, other bytes.
        let test = dir + "/test_batch.bin"
        try FileManager.default.removeItem(atPath: test)
        try Data(repeating: 0xAB, count: 3073).write(to: URL(fileURLWithPath: test))
        let after = try report.baselineJobs()
        #expect(Set(after.map { ResultCache.key($0.spec) }).isDisjoint(with: before.map { ResultCache.key($0.spec) }))
        for j in after {
            guard case .miss(_, let reason) = cache.lookup(j.spec, identity: j.identity, as: Double.self, inputs: j.inputs) else {
                Issue.record("a replaced data file must miss: \(j.identity)"); continue
            }
            #expect(reason == .dataChanged(files: ["test_batch.bin"]))
        }
    }
}
