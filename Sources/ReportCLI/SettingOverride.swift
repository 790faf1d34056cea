import ArgumentParser
import Datasets

/// One `--set key=value` override of `clreport longtail`, its value read as the key's type. Every
/// error is a `ValidationError` (exit 64) naming the key and what it accepts.
struct SettingOverride {
    let key: String
    let value: String

    init(_ setting: String) throws {
        let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw ValidationError("--set expects key=value, got \"\(setting)\"") }
        key = parts[0]
        value = parts[1]
    }

    func int() throws -> Int {
        guard let x = Int(value) else { throw ValidationError("\(key) needs an integer, got \"\(value)\"") }
        return x
    }

    func double() throws -> Double {
        guard let x = Double(value) else { throw ValidationError("\(key) needs a number, got \"\(value)\"") }
        return x
    }

    func bool() throws -> Bool {
        guard let x = Bool(value) else { throw ValidationError("\(key) needs true or false, got \"\(value)\"") }
        return x
    }

    /// `standard`, `simclr` or `none`.
    func augmentation() throws -> AugmentationConfig {
        switch value {
        case "standard": return .standard
        case "simclr": return .simclr
        case "none": return .none
        default: throw ValidationError("augmentation is standard, simclr or none, got \"\(value)\"")
        }
    }
}
