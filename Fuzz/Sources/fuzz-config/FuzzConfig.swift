import CFuzzDriver
import Foundation
import Learning

/// `--config FILE.json` decoding: any bytes either give a configuration that validates or a
/// `ConfigError` naming a field; a field's JSON type must match it (a Bool never becomes a number).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let base = Preset.quick.config
    guard let config = try? base.applying(json: bytes) else { return 0 }
    _ = try? config.validate()
    // Round trip through the settings a report records.
    var back = base
    for kv in config.settings(relativeTo: base) {
        let parts = kv.split(separator: "=", maxSplits: 1).map(String.init)
        back = (try? back.setting(parts[0], to: parts.count > 1 ? parts[1] : "")) ?? back
    }
    precondition(back == config, "settings(relativeTo:) must reproduce a decoded configuration")
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): libFuzzer's driver.
@_cdecl("fuzz_config_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzzConfig(data, size) }
}
