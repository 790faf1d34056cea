import Foundation
@testable import Datasets

/// A scratch directory per test, removed by `cleanup()`.
struct TestDirectory {
    let path: String

    init(_ name: String) throws {
        path = (NSTemporaryDirectory() as NSString)
            .appendingPathComponent("clreport-datasets-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    func write(_ bytes: [UInt8], _ name: String, gzip: Bool = false) throws -> String {
        let p = file(name)
        try FileBytes.write(bytes, to: p, gzip: gzip)
        return p
    }

    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// An IDX file of unsigned bytes: magic 00 00 08 nn, big-endian dims, data.
func idxBytes(dims: [Int], data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0, 0, 0x08, UInt8(dims.count)]
    for d in dims { out += [UInt8((d >> 24) & 0xFF), UInt8((d >> 16) & 0xFF), UInt8((d >> 8) & 0xFF), UInt8(d & 0xFF)] }
    return out + data
}

/// Deterministic pseudo-random bytes.
func patternBytes(_ n: Int, salt: Int = 0) -> [UInt8] {
    (0..<n).map { UInt8(truncatingIfNeeded: ($0 &* 31 &+ salt &* 17 &+ ($0 >> 3)) % 256) }
}
