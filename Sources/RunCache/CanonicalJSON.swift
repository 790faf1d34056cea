import Foundation

/// The one JSON dialect of the project: sorted keys, NaN/∞ as strings, pretty-printed, so the same
/// value always gives the same bytes (cache keys, cache entries, results.json).
public enum CanonicalJSON {
    public static func encode(_ value: some Encodable) -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        e.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do { return try e.encode(value) } catch { preconditionFailure("CanonicalJSON: cannot encode: \(error)") }
    }

    public static var decoder: JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return d
    }
}
