import Foundation
@testable import Datasets
import TestSupport

/// Datasets' file writer on the shared scratch folder (`TemporaryDirectory`, from TestSupport).
extension TemporaryDirectory {
    func write(_ bytes: [UInt8], _ name: String, gzip: Bool = false) throws -> String {
        let p = file(name)
        try FileBytes.write(bytes, to: p, gzip: gzip)
        return p
    }
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
