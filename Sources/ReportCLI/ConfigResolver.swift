import ArgumentParser
import Foundation
import Learning

/// Preset → `--config FILE` → `--set key=value`s → validation. Invalid input exits 64 (EX_USAGE)
/// with a message naming the field and the allowed range; a missing `--config` file exits 66.
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
                    throw CLIError("cannot read configuration file \(file): \(FileManager.default.fileExists(atPath: file) ? "not readable or not a file" : "no such file")",
                                   code: ExitStatus.noInput)
                }
                config = try config.applying(json: data)
            }
            for s in settings { config = try config.setting(assignment: s) }
            try config.validate()
        } catch let e as ConfigError {
            throw CLIError(e.description)
        }
        return config
    }
}
