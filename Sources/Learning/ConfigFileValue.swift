import Foundation

/// One value of a `--config FILE.json`, with its JSON type kept: `true` stays a Bool and `1`
/// stays a number (JSONSerialization on Linux hands both back as NSNumber, which let
/// `{"steps": true}` run 1 step). Decoded with `JSONDecoder`, which never converts between them.
enum ConfigFileValue: Decodable {
    case bool(Bool)
    case number(String)   // the number's text, as `--set` would receive it
    case string(String)
    case other            // null, array or object

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        if let i = try? c.decode(Int.self) { self = .number(String(i)); return }
        if let d = try? c.decode(Double.self) { self = .number(String(d)); return }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        self = .other
    }

    /// The JSON type's name, for error messages.
    var typeName: String {
        switch self {
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .other: "null, an array or an object"
        }
    }
}
