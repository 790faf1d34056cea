import Foundation
import Testing
@testable import Datasets
import TestSupport

@Suite struct CIFARTests {
    /// Records of `prefix` label bytes followed by 3072 pattern pixel bytes.
    func records(_ prefixes: [[UInt8]], salt: Int) -> (bytes: [UInt8], pixels: [[UInt8]]) {
        var bytes = [UInt8](), pixels = [[UInt8]]()
        for (k, p) in prefixes.enumerated() {
            let px = patternBytes(3072, salt: salt * 10 + k)
            bytes += p + px
            pixels.append(px)
        }
        return (bytes, pixels)
    }

    @Test(arguments: [false, true]) func cifar10TrainAndTest(inSubdirectory: Bool) throws {
        let root = try TemporaryDirectory(label: "cifar10-\(inSubdirectory)")
        defer { root.remove() }
        let dir = inSubdirectory ? "cifar-10-batches-bin/" : ""
        if inSubdirectory { try FileManager.default.createDirectory(atPath: root.file("cifar-10-batches-bin"), withIntermediateDirectories: true) }
        var expectedPixels = [UInt8](), expectedLabels = [Int]()
        for b in 1...5 {
            let r = records([[UInt8(b)]], salt: b)
            _ = try root.write(r.bytes, "\(dir)data_batch_\(b).bin")
            expectedPixels += r.pixels.joined(); expectedLabels.append(b)
        }
        let t = records([[9], [0], [4]], salt: 7)
        _ = try root.write(t.bytes, "\(dir)test_batch.bin")

        let train = try CIFAR.load10(split: .train, directory: root.path)
        #expect(train.count == 5 && train.height == 32 && train.width == 32 && train.channels == 3 && train.classCount == 10)
        #expect(train.labels == expectedLabels)
        #expect(train.pixels == expectedPixels.map { Float($0) / 255 })
        let test = try CIFAR.load10(split: .test, directory: root.path)
        #expect(test.labels == [9, 0, 4])
        #expect(Array(test.image(1)) == t.pixels[1].map { Float($0) / 255 })
        // Channel-major: the first 1024 bytes are the red plane, pixel (c=1, y=0, x=5) is byte 1024+5.
        #expect(test.image(2)[test.image(2).startIndex + 1024 + 5] == Float(t.pixels[2][1029]) / 255)
    }

    @Test func cifar100UsesFineLabels() throws {
        let root = try TemporaryDirectory(label: "cifar100")
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.file("cifar-100-binary"), withIntermediateDirectories: true)
        let tr = records([[3, 42], [19, 99], [0, 0], [7, 55]], salt: 1)
        let te = records([[1, 12], [2, 77], [4, 5]], salt: 2)
        _ = try root.write(tr.bytes, "cifar-100-binary/train.bin")
        _ = try root.write(te.bytes, "cifar-100-binary/test.bin", gzip: true)
        let train = try CIFAR.load100(split: .train, directory: root.path)
        #expect(train.labels == [42, 99, 0, 55] && train.classCount == 100)
        #expect(train.pixels == tr.pixels.joined().map { Float($0) / 255 })
        let test = try CIFAR.load100(split: .test, directory: root.path)
        #expect(test.labels == [12, 77, 5])
    }

    @Test func truncatedRecordReportsSizes() throws {
        let root = try TemporaryDirectory(label: "cifar-trunc")
        defer { root.remove() }
        let r = records([[1], [2]], salt: 3)
        let p = try root.write(Array(r.bytes.dropLast(100)), "test_batch.bin")
        let error = #expect(throws: DatasetError.self) { try CIFAR.load10(split: .test, directory: root.path) }
        #expect(error?.description == "\(p) is truncated or not a CIFAR binary file: records are 3073 bytes, so expected 3073 bytes (or another multiple of 3073), found 6046. Re-download it.")
    }

    @Test func badLabelSuggestsWrongDataset() throws {
        let root = try TemporaryDirectory(label: "cifar-label")
        defer { root.remove() }
        _ = try root.write(records([[1], [12]], salt: 4).bytes, "test_batch.bin")
        let error = #expect(throws: DatasetError.self) { try CIFAR.load10(split: .test, directory: root.path) }
        #expect(error?.description.contains("record 1 has label 12") == true)
    }

    @Test func missingFilesAreListed() throws {
        let root = try TemporaryDirectory(label: "cifar-missing")
        defer { root.remove() }
        _ = try root.write(records([[1]], salt: 5).bytes, "data_batch_1.bin")
        let error = #expect(throws: DatasetError.self) { try CIFAR.load10(split: .train, directory: root.path) }
        #expect(error?.description.hasPrefix("CIFAR-10 file(s) data_batch_2.bin, data_batch_3.bin, data_batch_4.bin, data_batch_5.bin not found in \(root.path)") == true)
        #expect(error?.description.contains("--data-dir") == true)
    }
}
