import Foundation
import Testing
@testable import Datasets
import TestSupport

/// Hostile headers and sizes: every reader refuses them with a `DatasetError` naming the file,
/// never a trap or an unbounded allocation.
@Suite struct ReaderLimitsTests {
    // Before: `expected *= d` trapped on the overflow of 3 × 0xFFFFFFFF³.
    @Test func idxHeaderWhoseProductOverflowsIsRefused() throws {
        let dir = try TemporaryDirectory(label: "limits-overflow")
        defer { dir.remove() }
        let p = try dir.write(idxBytes(dims: [0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF], data: [1, 2, 3]), "huge.idx")
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: p) }
        #expect(error?.description == "\(p) is truncated or corrupt: its IDX header claims dimensions 4294967295×4294967295×4294967295, more data than the 3 bytes the file holds. Re-download or reinstall it.")
    }

    @Test func idxHeaderClaimingMoreThanTheFileIsRefused() throws {
        let error = #expect(throws: DatasetError.self) {
            try IDXReader.parse(idxBytes(dims: [70000, 28, 28], data: [0, 0]), path: "x.idx")
        }
        #expect(error?.description == "x.idx is truncated: dimensions 70000×28×28 need 54880000 data bytes, found 2. Re-download or reinstall it.")
    }

    @Test func idxWithAZeroDimensionHoldsNoData() throws {
        let parsed = try IDXReader.parse(idxBytes(dims: [0, 0xFFFF_FFFF], data: []), path: "empty.idx")
        #expect(parsed.dims == [0, 0xFFFF_FFFF] && parsed.bytes.isEmpty)
    }

    // A gzip stream that inflates past the declared cap is cut off, plain or compressed.
    @Test(arguments: [false, true]) func decompressedSizeIsCapped(gzip: Bool) throws {
        let dir = try TemporaryDirectory(label: "limits-cap-\(gzip)")
        defer { dir.remove() }
        let p = try dir.write([UInt8](repeating: 0, count: 5000), "zeros.bin", gzip: gzip)
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: p, maxBytes: 4096) }
        #expect(error?.description == "\(p) holds more than 4096 bytes (decompressed), the most a data file may have. It is not a data file of this kind or it is corrupt; re-download or reinstall it.")
        #expect(try FileBytes.read(path: p, maxBytes: 5000).count == 5000)
    }

    // Before: 0 images went through and hit a precondition in PixelStandardizer.fit.
    @Test func fashionMNISTWithZeroImagesIsRefused() throws {
        let dir = try TemporaryDirectory(label: "limits-zero")
        defer { dir.remove() }
        let images = try dir.write(idxBytes(dims: [0, 28, 28], data: []), FashionMNIST.stem(.train, images: true) + ".gz", gzip: true)
        _ = try dir.write(idxBytes(dims: [0], data: []), FashionMNIST.stem(.train, images: false) + ".gz", gzip: true)
        let error = #expect(throws: DatasetError.self) { try FashionMNIST.load(split: .train, directory: dir.path) }
        #expect(error?.description == "\(images) holds 0 images; a data set needs at least 1. The file is empty or corrupt; reinstall dataset-fashion-mnist.")
    }

    @Test func cifarEmptyFileIsRefused() throws {
        let dir = try TemporaryDirectory(label: "limits-cifar-empty")
        defer { dir.remove() }
        let p = try dir.write([], "test_batch.bin")
        let error = #expect(throws: DatasetError.self) { try CIFAR.load10(split: .test, directory: dir.path) }
        #expect(error?.description.hasPrefix("\(p) is truncated or not a CIFAR binary file") == true)
    }
}
