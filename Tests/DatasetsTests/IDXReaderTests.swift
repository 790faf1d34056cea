import Foundation
import Testing
@testable import Datasets
import TestSupport

@Suite struct IDXReaderTests {
    @Test(arguments: [false, true]) func roundTripImagesAndLabels(gzip: Bool) throws {
        let dir = try TemporaryDirectory(label: "idx-roundtrip-\(gzip)")
        defer { dir.remove() }
        let images = patternBytes(3 * 4 * 5)
        let labels: [UInt8] = [7, 0, 9]
        let ip = try dir.write(idxBytes(dims: [3, 4, 5], data: images), "img.idx", gzip: gzip)
        let lp = try dir.write(idxBytes(dims: [3], data: labels), "lab.idx", gzip: gzip)
        let readImages = try IDXReader.read(path: ip)
        let readLabels = try IDXReader.read(path: lp)
        #expect(readImages.dims == [3, 4, 5])
        #expect(readImages.bytes == images)
        #expect(readLabels.dims == [3])
        #expect(readLabels.bytes == labels)
    }

    @Test func gzipFileReallyIsCompressed() throws {
        let dir = try TemporaryDirectory(label: "idx-gzmagic")
        defer { dir.remove() }
        let p = try dir.write(idxBytes(dims: [2], data: [1, 2]), "x.gz", gzip: true)
        let raw = try [UInt8](Data(contentsOf: URL(fileURLWithPath: p)))
        #expect(raw.prefix(2) == [0x1F, 0x8B])
    }

    @Test func badMagicNamesFileAndMagic() throws {
        let dir = try TemporaryDirectory(label: "idx-magic")
        defer { dir.remove() }
        let p = try dir.write([0x12, 0x34, 0x08, 0x01, 0, 0, 0, 0], "bad.idx")
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: p) }
        #expect(error?.description == "\(p) has a bad IDX magic number (12 34 08 01); expected 00 00 08 nn. It is not an IDX file or it is corrupt (a gzip file that was decompressed twice or not at all?).")
    }

    @Test func unsupportedTypeIsNamed() throws {
        let dir = try TemporaryDirectory(label: "idx-type")
        defer { dir.remove() }
        let p = try dir.write([0, 0, 0x0D, 1, 0, 0, 0, 1, 0, 0, 0, 0], "float.idx")
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: p) }
        #expect(error?.description.contains("element type 0x0d") == true)
        #expect(error?.description.contains(p) == true)
    }

    @Test(arguments: [false, true]) func truncatedDataReportsExpectedAndActual(gzip: Bool) throws {
        let dir = try TemporaryDirectory(label: "idx-trunc-\(gzip)")
        defer { dir.remove() }
        let full = idxBytes(dims: [2, 3, 3], data: patternBytes(18))
        let p = try dir.write(Array(full.dropLast(5)), "short.idx", gzip: gzip)
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: p) }
        #expect(error?.description == "\(p) is truncated: dimensions 2×3×3 need 18 data bytes, found 13. Re-download or reinstall it.")
    }

    @Test func trailingBytesAreAnError() throws {
        let dir = try TemporaryDirectory(label: "idx-trailing")
        defer { dir.remove() }
        let p = try dir.write(idxBytes(dims: [2], data: [1, 2, 3]), "long.idx")
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: p) }
        #expect(error?.description.contains("need 2 data bytes, found 3") == true)
    }

    @Test func truncatedHeaderIsReported() throws {
        let dir = try TemporaryDirectory(label: "idx-header")
        defer { dir.remove() }
        let p = try dir.write([0, 0, 8, 3, 0, 0, 0, 1], "hdr.idx")
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: p) }
        #expect(error?.description.contains("header needs 16 bytes for 3 dimensions, found 8") == true)
    }

    @Test func cutGzipStreamIsReportedAsTruncated() throws {
        let dir = try TemporaryDirectory(label: "idx-cutgz")
        defer { dir.remove() }
        let p = try dir.write(idxBytes(dims: [4000], data: patternBytes(4000)), "cut.gz", gzip: true)
        let compressed = try [UInt8](Data(contentsOf: URL(fileURLWithPath: p)))
        let q = try dir.write(Array(compressed.prefix(compressed.count / 2)), "half.gz")
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: q) }
        #expect(error?.description.hasPrefix("\(q) is a truncated gzip file (unexpected end of file after ") == true)
        #expect(error?.description.hasSuffix(" decompressed bytes). Re-download or reinstall it.") == true)
    }

    @Test func missingFileIsNamed() throws {
        let p = "/nonexistent/clreport/none.idx"
        let error = #expect(throws: DatasetError.self) { try IDXReader.read(path: p) }
        #expect(error?.description == "File \(p) not found. Check the path (or the data directory setting).")
    }
}

extension IDXReaderTests {
    @Test func parseInMemoryMatchesRead() throws {
        let bytes = idxBytes(dims: [2, 2], data: [9, 8, 7, 6])
        let parsed = try IDXReader.parse(bytes, path: "<memory>")
        #expect(parsed.dims == [2, 2] && parsed.bytes == [9, 8, 7, 6])
        let error = #expect(throws: DatasetError.self) { try IDXReader.parse([0, 0], path: "<memory>") }
        #expect(error?.description.contains("expected at least 4 bytes (the magic number), found 2") == true)
    }
}
