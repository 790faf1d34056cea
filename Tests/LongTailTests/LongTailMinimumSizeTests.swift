import Datasets
import Foundation
@testable import LongTail
import Testing
import TestSupport

/// A data set smaller than one batch is refused with a message naming the data directory.
@Suite struct LongTailMinimumSizeTests {
    /// CIFAR-10 binary records (label byte + 3072 pixel bytes), labels cycling 0…9.
    static func records(_ n: Int) -> Data {
        var out = [UInt8]()
        for i in 0..<n {
            out.append(UInt8(i % 10))
            out += (0..<3072).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ i) }
        }
        return Data(out)
    }

    // Before: 50 training images (5 per class) sliced past the end of the batch order
    // (`order[cursor..<cursor+K]`) and trapped.
    @Test func fiftyTrainingImagesAreRefused() throws {
        let dir = try TemporaryDirectory(label: "longtail-fifty")
        defer { dir.remove() }
        for b in 1...5 { try Self.records(10).write(to: URL(fileURLWithPath: dir.file("data_batch_\(b).bin"))) }
        try Self.records(20).write(to: URL(fileURLWithPath: dir.file("test_batch.bin")))
        var config = tinyLongTailConfig(rho: 10, dataset: .cifar10)
        config.nMax = 30; config.probePerClass = 2; config.testLimit = nil
        config.engine.batchSize = 64; config.engine.steps = 5; config.engine.neurons = 8
        LongTailData.clearCache()
        defer { LongTailData.clearCache() }
        let error = #expect(throws: DatasetError.self) { try LongTailExperiment.run(config, seed: 1, dataDirectory: dir.path) }
        let counts = LongTail.classCounts(nMax: 30, rho: 10, classCount: 10).map { min($0, 5) }   // 5 per class available
        let n = counts.reduce(0, +)
        #expect(error?.description == "the cifar10 training data in \(dir.path) give a long-tailed subset (ρ = 10.0) of \(n) images, \(n * config.pairsPerImage) training pairs: fewer than one batch of 64. The long-tailed subset needs at least \((64 + config.pairsPerImage - 1) / config.pairsPerImage) images; use the full data set (more training images per class) or a smaller batch size.")
    }
}
