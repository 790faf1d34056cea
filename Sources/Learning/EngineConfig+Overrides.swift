import Foundation

extension EngineConfig {
    /// The kind of value a field holds, read off the struct by reflection.
    enum FieldKind { case int, real, bool, choice }

    /// Field name → kind, for every stored property.
    static let fieldKinds: [String: FieldKind] = {
        var kinds: [String: FieldKind] = [:]
        for child in Mirror(reflecting: EngineConfig()).children {
            guard let label = child.label else { continue }
            switch child.value {
            case is Int: kinds[label] = .int
            case is Double: kinds[label] = .real
            case is Bool: kinds[label] = .bool
            default: kinds[label] = .choice
            }
        }
        return kinds
    }()

    /// The field names a `--set key=value` may address, sorted.
    public static var fieldNames: [String] { fieldKinds.keys.sorted() }

    /// Returns a copy with `key` set from its textual `value` (as written after `--set key=`).
    /// Unknown keys and values of the wrong type are refused naming the field; ranges are checked by `validate()`.
    public func setting(_ key: String, to value: String) throws -> EngineConfig {
        guard let kind = EngineConfig.fieldKinds[key] else {
            throw ConfigError(field: key, "invalid configuration: unknown field '\(key)'; known fields: \(EngineConfig.fieldNames.joined(separator: ", "))")
        }
        let data = try JSONEncoder().encode(self)
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            preconditionFailure("EngineConfig encodes to a JSON object")
        }
        switch kind {
        case .int:
            guard let d = Double(value), d.isFinite, d == d.rounded(), abs(d) < 1e15 else {
                throw ConfigError(field: key, "invalid configuration: \(key) = \(value) is not an integer")
            }
            object[key] = Int(d)
        case .real:
            guard let d = Double(value), d.isFinite else {
                throw ConfigError(field: key, "invalid configuration: \(key) = \(value) is not a number")
            }
            object[key] = d
        case .bool:
            guard let b = Bool(value) else {
                throw ConfigError(field: key, "invalid configuration: \(key) = \(value) is not a boolean; allowed: true, false")
            }
            object[key] = b
        case .choice:
            object[key] = value
        }
        let patched = try JSONSerialization.data(withJSONObject: object)
        guard let config = try? JSONDecoder().decode(EngineConfig.self, from: patched) else {
            throw ConfigError(field: key, "invalid configuration: \(key) = \(value) is not allowed; allowed: \(EngineConfig.allowedValues(key))")
        }
        return config
    }

    /// Returns a copy with one `--set key=value` applied (the text up to the first `=` is the key).
    public func setting(assignment text: String) throws -> EngineConfig {
        guard let eq = text.firstIndex(of: "=") else {
            throw ConfigError(field: "(--set)", "--set expects key=value, got '\(text)'; known keys: \(EngineConfig.fieldNames.joined(separator: ", "))")
        }
        return try setting(String(text[..<eq]), to: String(text[text.index(after: eq)...]))
    }

    /// The allowed values of an enumerated field.
    static func allowedValues(_ key: String) -> String {
        let cases: [String]
        switch key {
        case "dictionary": cases = DictionaryKind.allCases.map(\.rawValue)
        case "latent": cases = LatentKind.allCases.map(\.rawValue)
        case "positivePair": cases = PositivePairKind.allCases.map(\.rawValue)
        case "biasMode": cases = BiasMode.allCases.map(\.rawValue)
        case "pruneGranularity": cases = PruneGranularity.allCases.map(\.rawValue)
        case "pruneBranch": cases = PruneBranch.allCases.map(\.rawValue)
        case "noiseHeldBy": cases = NoiseHeldBy.allCases.map(\.rawValue)
        case "pruneBiasNorm": cases = PruneBiasNorm.allCases.map(\.rawValue)
        default: cases = []
        }
        return cases.joined(separator: ", ")
    }

    /// Applies a JSON object of field → value over `self` (a `--config FILE.json`); every key is checked
    /// like `--set`, and the JSON type must match the field: a number for Int and Double fields,
    /// `true`/`false` for Bool fields, a string for the enumerated ones. A key given twice is
    /// refused, naming it (JSON decoders silently keep one of the two values).
    public func applying(json data: Data) throws -> EngineConfig {
        guard let patch = try? JSONDecoder().decode([String: ConfigFileValue].self, from: data) else {
            throw ConfigError(field: "(file)", "invalid configuration file: not a JSON object of field → value")
        }
        if let key = ConfigFileValue.duplicateKey(in: data) {
            throw ConfigError(field: key, "invalid configuration file: the key \(key) appears more than once; give each field once")
        }
        var config = self
        for key in patch.keys.sorted() {
            guard let kind = EngineConfig.fieldKinds[key] else {
                return try config.setting(key, to: "")   // throws: unknown field, listing the known ones
            }
            let value = patch[key]!
            let text: String
            switch (kind, value) {
            case (.int, .number(let n)), (.real, .number(let n)): text = n
            case (.bool, .bool(let b)): text = b ? "true" : "false"
            case (.choice, .string(let s)): text = s
            default:
                let wanted = kind == .bool ? "true or false" : kind == .choice ? "a string (one of \(EngineConfig.allowedValues(key)))"
                                                                              : kind == .int ? "an integer number" : "a number"
                throw ConfigError(field: key, "invalid configuration: \(key) is \(value.typeName) in the configuration file; it must be \(wanted)")
            }
            config = try config.setting(key, to: text)
        }
        return config
    }
}

extension EngineConfig {
    /// The `key=value` settings that turn `base` into `self` (sorted by key); `setting(_:to:)` of each
    /// over `base` gives back `self`.
    public func settings(relativeTo base: EngineConfig) -> [String] {
        func object(_ c: EngineConfig) -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: JSONEncoder().encode(c))) as? [String: Any] ?? [:]
        }
        func text(_ key: String, _ v: Any?) -> String? {
            guard let v else { return nil }
            if EngineConfig.fieldKinds[key] == .bool, let n = v as? NSNumber { return n.boolValue ? "true" : "false" }
            return "\(v)"
        }
        let mine = object(self), theirs = object(base)
        return mine.keys.sorted().compactMap { key in
            let a = text(key, mine[key]), b = text(key, theirs[key])
            return a == b ? nil : "\(key)=\(a!)"
        }
    }
}
