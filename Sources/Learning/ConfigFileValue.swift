import Foundation

/// One value of a `--config FILE.json`, with its JSON type kept: `true` stays a Bool and `1`
/// stays a number (JSONSerialization on Linux hands both back as NSNumber, which let
/// `{"steps": true}` run 1 step). Decoded with `JSONDecoder`, which never converts between them.
enum ConfigFileValue: Decodable {
    case bool(Bool)
    case number(String)   // the number's text, as `--set` would receive it
    case string(String)
    case other            // null, array or object
    case unrepresentable  // a number beyond a Double's range, e.g. 1e400

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        if let i = try? c.decode(Int.self) { self = .number(String(i)); return }
        if let d = try? c.decode(Double.self) { self = .number(String(d)); return }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        if c.decodeNil() || (try? c.decode([ConfigFileValue].self)) != nil || (try? c.decode([String: ConfigFileValue].self)) != nil {
            self = .other; return
        }
        // Not null, a Bool, a string, an array or an object: a number no Double can hold (1e400).
        self = .unrepresentable
    }

    /// The first key that occurs twice in the top-level JSON object of `data` (as decoded: `"a"` and
    /// `"\u0061"` are the same key), or nil. Keys of nested objects are not looked at.
    static func duplicateKey(in data: Data) -> String? {
        let bytes = [UInt8](data)
        var seen = Set<String>()
        var depth = 0
        var i = 0
        var expectKey = false
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                var j = i + 1
                while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
                guard j < bytes.count else { return nil }
                if depth == 1 && expectKey {
                    let token = Data(bytes[i...j])
                    if let key = try? JSONDecoder().decode(String.self, from: token), !seen.insert(key).inserted { return key }
                    expectKey = false
                }
                i = j + 1
                continue
            case UInt8(ascii: "{"):
                depth += 1
                expectKey = depth == 1
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expectKey = true }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The JSON type's name, for error messages.
    var typeName: String {
        switch self {
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .other: "null, an array or an object"
        case .unrepresentable: "a number too large for a 64-bit float (beyond ±1.8e308)"
        }
    }
}
