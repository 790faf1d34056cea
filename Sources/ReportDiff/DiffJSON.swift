import Foundation

/// A JSON value as a plain tree, so that `clreport diff` can read `results.json` files of any
/// `resultsSchema`: fields are looked up by name and a missing or differently shaped field is
/// skipped (and reported) instead of failing the whole decode.
///
/// Numbers are kept as `Double`; the canonical encoder writes NaN and ±∞ as the strings
/// `"nan"`, `"inf"` and `"-inf"`, which ``number`` reads back as numbers.
public enum DiffJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([DiffJSON])
    case object([String: DiffJSON])

    /// Parses JSON text; throws the decoder's error for malformed input.
    public static func parse(_ data: Data) throws -> DiffJSON {
        try JSONDecoder().decode(DiffJSON.self, from: data)
    }

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> DiffJSON? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var objectValue: [String: DiffJSON]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var arrayValue: [DiffJSON]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A number, including the canonical strings "nan", "inf" and "-inf".
    public var number: Double? {
        switch self {
        case .number(let d): return d
        case .string("nan"): return .nan
        case .string("inf"): return .infinity
        case .string("-inf"): return -.infinity
        default: return nil
        }
    }

    /// An integral number as `Int`.
    public var intValue: Int? {
        guard let d = number, d.isFinite, d == d.rounded(), abs(d) < 9e15 else { return nil }
        return Int(d)
    }

    /// Equality as a diff sees it: numbers compare by value with NaN equal to NaN (a NaN that
    /// stays NaN is no change), and the canonical NaN/∞ strings equal the numbers they stand for.
    public func sameValue(as other: DiffJSON) -> Bool {
        switch (self, other) {
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            for (k, v) in a {
                guard let w = b[k], v.sameValue(as: w) else { return false }
            }
            return true
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.sameValue(as: $1) }
        default:
            if let x = number, let y = other.number { return DiffNumber.same(x, y) }
            return self == other
        }
    }

    /// Compact one-line JSON with sorted keys, for showing a value in a table cell.
    public var compact: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return DiffNumber.plain(d)
        case .string(let s): return Self.quoted(s)
        case .array(let a): return "[" + a.map(\.compact).joined(separator: ",") + "]"
        case .object(let o):
            return "{" + o.keys.sorted().map { Self.quoted($0) + ":" + o[$0]!.compact }.joined(separator: ",") + "}"
        }
    }

    /// The value for display: strings without quotes, everything else as ``compact``.
    public var display: String {
        if case .string(let s) = self { return s }
        return compact
    }

    /// `s` as a JSON string literal, written by `JSONEncoder` (slashes left unescaped). The encoder
    /// writes U+0008, U+000C and U+000D as `\b`, `\f` and `\r`; those three are rewritten as `\u0008`,
    /// `\u000c` and `\u000d`, the spelling `clreport diff` has always printed, so its output does not
    /// change (every other character is escaped as before: `\"`, `\\`, `\n`, `\t`, `\u00XX` for the
    /// other controls, the rest as is).
    static func quoted(_ s: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let encoded: Data
        do { encoded = try encoder.encode(s) } catch { preconditionFailure("JSONEncoder failed on a string: \(error)") }
        // In the encoder's output every backslash starts an escape, so the byte after it is the escape letter.
        var out = [UInt8]()
        out.reserveCapacity(encoded.count)
        var escaping = false
        for byte in encoded {
            if escaping {
                escaping = false
                switch byte {
                case UInt8(ascii: "b"): out += Array("u0008".utf8); continue
                case UInt8(ascii: "f"): out += Array("u000c".utf8); continue
                case UInt8(ascii: "r"): out += Array("u000d".utf8); continue
                default: break
                }
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension DiffJSON: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        if let d = try? c.decode(Double.self) { self = .number(d); return }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        if let a = try? c.decode([DiffJSON].self) { self = .array(a); return }
        if let o = try? c.decode([String: DiffJSON].self) { self = .object(o); return }
        throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a JSON value")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}

/// Number formatting and comparison shared by the diff's formats (fixed rules, so that output is
/// byte-stable).
public enum DiffNumber {
    /// Equal values, with NaN equal to NaN.
    public static func same(_ a: Double, _ b: Double) -> Bool {
        (a.isNaN && b.isNaN) || a == b
    }

    /// Integers without a fraction ("3"), other values in Swift's shortest round-trip form
    /// ("0.1"), non-finite values as "nan", "inf", "-inf".
    public static func plain(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }
}
