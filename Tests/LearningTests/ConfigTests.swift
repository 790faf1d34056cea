import Foundation
import Testing
@testable import Learning

@Suite struct ConfigTests {
    @Test func presetsValidate() throws {
        for p in Preset.allCases { try p.config.validate() }
        #expect(Preset.paper.config.ambientDim == 2500 && Preset.paper.config.features == 50)
        #expect(Preset.paper.config.neurons >= 80 && Preset.paper.config.batchSize >= 256)
    }

    @Test func outOfRangeNamesFieldAndRange() {
        var c = EngineConfig()
        c.epsMin = 0
        #expect(throws: ConfigError.outOfRange("epsMin", 0.0, allowed: "(0.0, 1.0]")) { try c.validate() }
        #expect("\(ConfigError.outOfRange("epsMin", 0.0, allowed: "(0.0, 1.0]"))"
            == "invalid configuration: epsMin = 0.0 is out of range; allowed: (0.0, 1.0]")
    }

    @Test func settingParsesByFieldType() throws {
        let c = try EngineConfig().setting("steps", to: "500").setting("nsr", to: "4")
            .setting("dictionary", to: "identity").setting("freshSamples", to: "true")
        #expect(c.steps == 500 && c.nsr == 4 && c.dictionary == .identity && c.freshSamples)
    }

    @Test func settingErrorsAreVerbatim() {
        #expect(throws: ConfigError(field: "steps", "invalid configuration: steps = 1.5 is not an integer")) {
            try EngineConfig().setting("steps", to: "1.5")
        }
        #expect(throws: ConfigError(field: "pruneBranch", "invalid configuration: pruneBranch = sideways is not allowed; allowed: both, competitor")) {
            try EngineConfig().setting("pruneBranch", to: "sideways")
        }
        #expect(throws: ConfigError.self) { try EngineConfig().setting("nope", to: "1") }
    }

    @Test func jsonFileAppliesOverBase() throws {
        let c = try Preset.quick.config.applying(json: Data(#"{"epsMin": 0.3, "pruneGranularity": "neuron", "freshSamples": true}"#.utf8))
        #expect(c.epsMin == 0.3 && c.pruneGranularity == .neuron && c.freshSamples && c.steps == Preset.quick.config.steps)
    }

    // Before: `{"steps": true}` ran 1 step (a JSON true read as the number 1); `--set steps=true` was refused.
    @Test func jsonFileRefusesValuesOfTheWrongType() throws {
        let base = Preset.quick.config
        #expect(throws: ConfigError(field: "steps", "invalid configuration: steps is a boolean in the configuration file; it must be an integer number")) {
            try base.applying(json: Data(#"{"steps": true}"#.utf8))
        }
        #expect(throws: ConfigError(field: "temperature", "invalid configuration: temperature is a boolean in the configuration file; it must be a number")) {
            try base.applying(json: Data(#"{"temperature": false}"#.utf8))
        }
        #expect(throws: ConfigError(field: "freshSamples", "invalid configuration: freshSamples is a number in the configuration file; it must be true or false")) {
            try base.applying(json: Data(#"{"freshSamples": 1}"#.utf8))
        }
        #expect(throws: ConfigError(field: "steps", "invalid configuration: steps is a string in the configuration file; it must be an integer number")) {
            try base.applying(json: Data(#"{"steps": "100"}"#.utf8))
        }
        #expect(throws: ConfigError(field: "steps", "invalid configuration: steps = 2.5 is not an integer")) {
            try base.applying(json: Data(#"{"steps": 2.5}"#.utf8))
        }
        #expect(throws: ConfigError.self) { try base.applying(json: Data(#"{"nope": 1}"#.utf8)) }
        #expect(try base.applying(json: Data(#"{"steps": 250, "temperature": 1}"#.utf8)).steps == 250)
    }
}

@Suite struct ConfigSettingsTests {
    @Test func settingsRoundTrip() throws {
        var c = Preset.quick.config
        c.temperature = 0.3; c.dictionary = .identity; c.steps = 123; c.freshSamples = true
        let s = c.settings(relativeTo: Preset.quick.config)
        #expect(s == ["dictionary=identity", "freshSamples=true", "steps=123", "temperature=0.3"])
        var back = Preset.quick.config
        for kv in s {
            let parts = kv.split(separator: "=", maxSplits: 1).map(String.init)
            back = try back.setting(parts[0], to: parts[1])
        }
        #expect(back == c)
    }
}
