import CFuzzDriver
import Experiments
import Foundation
import Learning
import LongTail
import RunCache

/// The cache-entry check of `clreport cache merge` (`CacheMerger.entryProblem`, issue 27): any
/// bytes are either accepted — and then decode as the cache reader decodes them, with the key of
/// the file name and the current schema — or refused with a reason; nothing traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCacheEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let merger = CacheMerger(into: "/nonexistent/clreport-fuzz")
    // The key the entry claims (when it claims one) and a key it does not have.
    let claimed = ((try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any])?["key"] as? String
    for key in [claimed ?? "k", "not-" + (claimed ?? "k")] {
        guard let problem = merger.entryProblem(bytes, key: key) else {
            struct Header: Decodable { var schema: Int; var key: String }
            let header = try? CanonicalJSON.decoder.decode(Header.self, from: bytes)
            precondition(header?.key == key && header?.schema == ResultCache.schemaVersion, "an accepted entry has the file's key and the schema")
            let decodes = (try? CanonicalJSON.decoder.decode(CacheEntry<RunResult>.self, from: bytes)) != nil
                || (try? CanonicalJSON.decoder.decode(CacheEntry<LongTailResult>.self, from: bytes)) != nil
                || (try? CanonicalJSON.decoder.decode(CacheEntry<Double>.self, from: bytes)) != nil
            precondition(decodes, "an accepted entry decodes as the cache reader decodes it")
            continue
        }
        precondition(!problem.isEmpty, "a refused entry says why")
    }
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): libFuzzer's driver.
@_cdecl("fuzz_cache_entry_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzzCacheEntry(data, size) }
}
