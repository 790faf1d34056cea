import Foundation
@testable import LongTail
import Testing
@testable import ReportCLI
@testable import Experiments
import Datasets
import TestSupport

/// `clreport longtail --dataset cifar10|cifar100 --data-dir DIR` end to end on generated files in
/// the real binary layouts (CIFAR-10: 1 label byte + 3072 pixels, data_batch_1…5.bin and
/// test_batch.bin; CIFAR-100: coarse + fine label bytes + 3072 pixels, train.bin and test.bin).
@Suite(.serialized, .temporaryDirectory(label: "lt")) struct LongTailCommandTests {
    /// Records whose pixels are a class-dependent pattern plus noise; `labelBytes(label)` gives the label prefix.
    static func records(_ n: Int, classes: Int, labelBytes: (Int) -> [UInt8]) -> Data {
        var state: UInt64 = 99
        func noise() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 58) }
        var out = [UInt8]()
        out.reserveCapacity(n * (3074))
        for i in 0..<n {
            let label = i % classes
            out += labelBytes(label)
            for c in 0..<3 { for y in 0..<32 { for x in 0..<32 {
                out.append(UInt8(clamping: ((x * 7 + y * 3 + c * 11 + label * 13) % 97 < 40 ? 180 : 50) + noise()))
            } } }
        }
        return Data(out)
    }

    func run(_ dataset: String, _ dir: String) throws {
        var command = try ClReport.parseAsRoot(["longtail", "--profile", "quick", "--dataset", dataset, "--data-dir", dir, "--rho", "2",
                                                "--seed", "1", "--baseline", "--set", "nMax=6", "--set", "probePerClass=3",
                                                "--set", "testLimit=200", "--set", "steps=20", "--set", "batchSize=16",
                                                "--set", "neurons=8"])
        try command.run()
    }

    @Test func convEncoderRunsOnGeneratedCIFAR10AndRejectsUnknownEncoders() throws {
        let dir = try TemporaryDirectory.current.folder("cifar10-conv")
        defer { LongTailData.clearCache() }
        for b in 1...5 { try Self.records(20, classes: 10) { [UInt8($0)] }.write(to: URL(fileURLWithPath: dir + "/data_batch_\(b).bin")) }
        try Self.records(200, classes: 10) { [UInt8($0)] }.write(to: URL(fileURLWithPath: dir + "/test_batch.bin"))
        var command = try ClReport.parseAsRoot(["longtail", "--encoder", "conv", "--pruned", "--profile", "quick", "--dataset", "cifar10",
                                                "--data-dir", dir, "--rho", "2", "--seed", "1", "--set", "nMax=6", "--set", "probePerClass=3",
                                                "--set", "testLimit=200", "--set", "channels=4-8", "--set", "epochs=1", "--set", "batchSize=16",
                                                "--set", "probeGrid=2", "--set", "pruningReading=straightThrough"])
        try command.run()
        // An unknown encoder is refused by `validate()`, before anything is read (64).
        let bad = ClReport.outcome(["longtail", "--encoder", "resnet", "--data-dir", dir, "--dataset", "cifar10"])
        #expect(bad.status == 64 && bad.message?.contains("--encoder is transformer or conv, got \"resnet\"") == true, "\(bad.message ?? "")")
        var badKey = try ClReport.parseAsRoot(["longtail", "--encoder", "conv", "--data-dir", dir, "--dataset", "cifar10", "--set", "channels=4-x"])
        do { try badKey.run(); Issue.record("channels=4-x accepted") } catch { #expect("\(error)".contains("channels")) }
    }

    @Test func cifar10GeneratedBinaryFiles() throws {
        let dir = try TemporaryDirectory.current.folder("cifar10")
        defer { LongTailData.clearCache() }
        for b in 1...5 { try Self.records(20, classes: 10) { [UInt8($0)] }.write(to: URL(fileURLWithPath: dir + "/data_batch_\(b).bin")) }
        try Self.records(200, classes: 10) { [UInt8($0)] }.write(to: URL(fileURLWithPath: dir + "/test_batch.bin"))
        try run("cifar10", dir)
        let train = try LongTailData.load(.cifar10, split: .train, directory: dir)
        #expect(train.count == 100 && train.classCount == 10)
        #expect(LongTailData.classNames(.cifar10)?[3] == "cat")
    }

    @Test func cifar100GeneratedBinaryFilesUseFineLabels() throws {
        let dir = try TemporaryDirectory.current.folder("cifar100")
        defer { LongTailData.clearCache() }
        try Self.records(600, classes: 100) { [UInt8($0 / 5), UInt8($0)] }.write(to: URL(fileURLWithPath: dir + "/train.bin"))
        try Self.records(200, classes: 100) { [UInt8($0 / 5), UInt8($0)] }.write(to: URL(fileURLWithPath: dir + "/test.bin"))
        try run("cifar100", dir)
        let train = try LongTailData.load(.cifar100, split: .train, directory: dir)
        #expect(train.classCount == 100 && train.labels.prefix(3) == [0, 1, 2])
        var c = try LongTailOverrides.apply(["nMax=6", "steps=20", "batchSize=16", "neurons=8", "testLimit=200"], to: LongTailReport(profile: .quick, dataset: .cifar100).config(rho: 2, pruned: false))
        c.probePerClass = 3
        let r = try LongTailExperiment.run(c, seed: 2, dataDirectory: dir)
        #expect(r.classesByRank.count == 100 && Set(r.classesByRank).count == 100)
        #expect(r.trainCounts.sorted(by: >) == LongTail.classCounts(nMax: 6, rho: 2, classCount: 100))
        #expect(LongTailData.classNames(.cifar100)?.count == 100)
    }
}
