/// A typed name that files and the command line spell as a plain string (`ClaimID`, `SubTestID`,
/// `VariantKey`, `DatasetName`): compared, ordered, printed and coded as its spelling — a
/// single-value container, so a file keeps the bytes it had when the name was a `String`. An open
/// set (a struct with the known names as constants, not an enum): files of earlier versions may
/// hold names since retired, and they still decode.
public protocol StringIdentifier: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The name as written on disk and on the page.
    var rawValue: String { get }
    /// A name by its spelling (a decoded or user-typed one; the declared ones are static constants).
    init(_ rawValue: String)
}

extension StringIdentifier {
    public var description: String { rawValue }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// A coding key that is any name: the keys of JSON objects keyed by data (claim lists by figure,
/// sections by their template key, dictionaries keyed by a `StringIdentifier`).
public struct NameKey: CodingKey {
    public let stringValue: String
    public var intValue: Int? { nil }
    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}
