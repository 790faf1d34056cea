import ArgumentParser
import Foundation
import Learning

/// Preset → `--config FILE` → `--set key=value`s → validation. Invalid input exits 64 (EX_USAGE)
/// with a message naming the field and the allowed range.
enum ConfigResolver {
    static func resolve(preset: Preset, file: String?, settings: [String]) throws -> EngineConfig {
        try resolve(start: preset.config, file: file, settings: settings)
    }

    /// The same from any starting configuration (the report starts from its profile's default reading).
    static func resolve(start: EngineConfig, file: String?, settings: [String]) throws -> EngineConfig {
        var config = start
        do {
            if let file {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CLIError("cannot read configuration file \(file): no such file or not readable")
                }
                config = try config.applying(json: data)
            }
            for s in settings {
                guard let eq = s.firstIndex(of: "=") else {
                    throw CLIError("--set expects key=value, got '\(s)'; known keys: \(EngineConfig.fieldNames.joined(separator: ", "))")
                }
                config = try config.setting(String(s[..<eq]), to: String(s[s.index(after: eq)...]))
            }
            try config.validate()
        } catch let e as ConfigError {
            throw CLIError(e.description)
        }
        return config
    }
}
