import CFuzzDriver
import Experiments
import Foundation
import Reporting
import Results
import RunCache

/// results.json reading: any bytes either decode to `ReportResults` (which then re-encodes and
/// decodes to the same value, and can be diffed against itself) or are refused; nothing traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResults(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let results = try? CanonicalJSON.decoder.decode(ReportResults.self, from: bytes) else { return 0 }
    let again = try? CanonicalJSON.decoder.decode(ReportResults.self, from: CanonicalJSON.encode(results))
    precondition(again != nil, "a decoded results.json must re-decode after encoding")
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): libFuzzer's driver.
@_cdecl("fuzz_results_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzzResults(data, size) }
}
