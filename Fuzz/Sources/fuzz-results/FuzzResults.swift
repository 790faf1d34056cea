import Experiments
import Foundation
import Reporting

/// results.json reading: any bytes either decode to `ReportResults` (which then re-encodes and
/// decodes to the same value, and can be diffed against itself) or are refused; nothing traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResults(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let results = try? CanonicalJSON.decoder.decode(ReportResults.self, from: bytes) else { return 0 }
    let again = try? CanonicalJSON.decoder.decode(ReportResults.self, from: CanonicalJSON.encode(results))
    precondition(again != nil, "a decoded results.json must re-decode after encoding")
    return 0
}
