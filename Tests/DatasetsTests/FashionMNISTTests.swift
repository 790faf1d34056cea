import Foundation
import Testing
@testable import Datasets
import TestSupport

@Suite struct FashionMNISTTests {
    /// Writes a tiny Fashion-MNIST-shaped split (n images of 28×28) into `dir`.
    func writeSplit(_ dir: TemporaryDirectory, _ split: DataSplit, labels: [UInt8], gzip: Bool = true) throws -> [UInt8] {
        let pixels = patternBytes(labels.count * 784, salt: labels.count)
        let ext = gzip ? ".gz" : ""
        _ = try dir.write(idxBytes(dims: [labels.count, 28, 28], data: pixels), FashionMNIST.stem(split, images: true) + ext, gzip: gzip)
        _ = try dir.write(idxBytes(dims: [labels.count], data: labels), FashionMNIST.stem(split, images: false) + ext, gzip: gzip)
        return pixels
    }

    @Test(arguments: [false, true]) func loadsGeneratedSplit(gzip: Bool) throws {
        let dir = try TemporaryDirectory(label: "fmnist-gen-\(gzip)")
        defer { dir.remove() }
        let pixels = try writeSplit(dir, .test, labels: [3, 1, 4, 1, 5], gzip: gzip)
        let data = try FashionMNIST.load(split: .test, directory: dir.path)
        #expect(data.count == 5 && data.height == 28 && data.width == 28 && data.channels == 1)
        #expect(data.labels == [3, 1, 4, 1, 5] && data.classCount == 10)
        #expect(data.pixels == pixels.map { Float($0) / 255 })
        let limited = try FashionMNIST.load(split: .test, directory: dir.path, limit: 2)
        #expect(limited.labels == [3, 1])
        #expect(limited.pixels == Array(data.pixels[0..<(2 * 784)]))
    }

    @Test func missingFileNamesDebianPackage() throws {
        let dir = try TemporaryDirectory(label: "fmnist-missing")
        defer { dir.remove() }
        let error = #expect(throws: DatasetError.self) { try FashionMNIST.load(split: .train, directory: dir.path) }
        #expect(error?.description == "Fashion-MNIST file \(dir.file("train-images-idx3-ubyte.gz")) not found. Install the Debian package dataset-fashion-mnist (apt-get install dataset-fashion-mnist) or set FASHION_MNIST_DIR / --data-dir.")
    }

    @Test func labelCountMismatchIsReported() throws {
        let dir = try TemporaryDirectory(label: "fmnist-mismatch")
        defer { dir.remove() }
        _ = try writeSplit(dir, .train, labels: [1, 2])
        _ = try dir.write(idxBytes(dims: [3], data: [1, 2, 3]), "train-labels-idx1-ubyte.gz", gzip: true)
        let error = #expect(throws: DatasetError.self) { try FashionMNIST.load(split: .train, directory: dir.path) }
        #expect(error?.description.contains("holds 2 images but") == true)
    }

    @Test func outOfRangeLabelIsReported() throws {
        let dir = try TemporaryDirectory(label: "fmnist-label")
        defer { dir.remove() }
        _ = try writeSplit(dir, .train, labels: [1, 12])
        let error = #expect(throws: DatasetError.self) { try FashionMNIST.load(split: .train, directory: dir.path) }
        #expect(error?.description.contains("label 12 at index 1") == true)
    }

    @Test func explicitDirectoryWins() {
        #expect(FashionMNIST.resolveDirectory("/some/where") == "/some/where")
        let env = ProcessInfo.processInfo.environment["FASHION_MNIST_DIR"]
        #expect(FashionMNIST.resolveDirectory(nil) == ((env?.isEmpty ?? true) ? FashionMNIST.defaultDirectory : env!))
    }

    static let installed = FileManager.default.fileExists(
        atPath: (FashionMNIST.defaultDirectory as NSString).appendingPathComponent("train-images-idx3-ubyte.gz"))

    /// Needs the Debian package dataset-fashion-mnist; reported as skipped (not passed) without it.
    @Test(.enabled(if: installed, "Fashion-MNIST not installed at /usr/share/datasets/fashion-mnist (apt-get install dataset-fashion-mnist)"))
    func realFashionMNIST() throws {
        let train = try FashionMNIST.load(split: .train, directory: FashionMNIST.defaultDirectory)
        let test = try FashionMNIST.load(split: .test, directory: FashionMNIST.defaultDirectory)
        #expect(train.count == 60000 && test.count == 10000)
        for d in [train, test] {
            #expect(d.height == 28 && d.width == 28 && d.channels == 1 && d.classCount == 10)
            #expect(d.pixels.count == d.count * 784)
            #expect(d.labels.allSatisfy { (0..<10).contains($0) })
            #expect(d.pixels.allSatisfy { $0 >= 0 && $0 <= 1 })
        }
        #expect(train.classHistogram == [Int](repeating: 6000, count: 10))
        #expect(test.classHistogram == [Int](repeating: 1000, count: 10))
    }
}
