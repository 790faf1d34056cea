import CFuzzDriver
import Datasets
import Foundation

/// IDX header and payload parsing: any bytes either parse into dimensions whose product is the
/// payload length, or throw a `DatasetError`; nothing traps. Inputs that start with the gzip magic
/// (1f 8b) go through the file reader (zlib, size cap) from a scratch file instead.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIDX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parsed: (dims: [Int], bytes: [UInt8])?
    if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B {
        FileManager.default.createFile(atPath: scratch, contents: Data(bytes))
        parsed = try? IDXReader.read(path: scratch, maxBytes: 1 << 22)
    } else {
        parsed = try? IDXReader.parse(bytes, path: "fuzz.idx")
    }
    if let parsed {
        let product = parsed.dims.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
        precondition(product == parsed.bytes.count, "IDX parse accepted \(parsed.dims) with \(parsed.bytes.count) bytes")
    }
    return 0
}

private let scratch = NSTemporaryDirectory() + "/clreport-fuzz-idx-\(ProcessInfo.processInfo.processIdentifier).gz"

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): libFuzzer's driver.
@_cdecl("fuzz_idx_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzzIDX(data, size) }
}
