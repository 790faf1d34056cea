import Markup

/// The id of a sub-test within its claim (`SubTest.id`), e.g. `aligned-count-eps-0.1`,
/// `accuracy-rho-10`, `weight90-identity-decoupling`. Written as the plain string (a single-value
/// container), so `results.json` keeps its bytes.
///
/// A struct, not an enum: the ids are parameterised (by NSR, ε_min, ρ, pruning variant, metric) and
/// files written by earlier versions hold ids since renamed; decoding must accept them. A
/// parameterised id is built only by the constructors below from its `Stem`, and a family is
/// matched by `isIn(_:)`, never by comparing spellings.
public struct SubTestID: StringIdentifier {
    /// The id as written on disk and on the page.
    public let rawValue: String

    /// An id by its spelling (a decoded or user-typed id).
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A sub-test declared once per claim, named by its stem alone (e.g. `separates-later`).
    public init(_ stem: Stem) { self.rawValue = stem.rawValue }

    /// The leading words shared by a family of sub-tests, e.g. `aligned-minority` of
    /// `aligned-minority-nsr-1`, `aligned-minority-nsr-2`.
    public struct Stem: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }
    }

    /// The parameter of a parameterised family, written between the stem and its value.
    public enum Parameter: String, Sendable { case nsr, eps, rho }

    /// `<stem>-<parameter>-<value>`, e.g. `aligned-minority-nsr-1`, `maxCosMinority-eps-0.1`,
    /// `accuracy-rho-10`: the check of `stem` at one NSR, ε_min or ρ (the value as `NumberFormat.label`).
    public static func at(_ stem: Stem, _ parameter: Parameter, _ value: Double) -> SubTestID {
        SubTestID("\(stem)-\(parameter.rawValue)-\(NumberFormat.label(value))")
    }

    /// The printed value of `parameter` when this id is `stem`'s check at one value (`"10"` of
    /// `accuracy-rho-10` for `.rho`), else nil.
    public func value(of stem: Stem, _ parameter: Parameter) -> String? {
        let prefix = "\(stem)-\(parameter.rawValue)-"
        return rawValue.hasPrefix(prefix) ? String(rawValue.dropFirst(prefix.count)) : nil
    }

    /// Whether this id is `stem` itself or one of its family (`<stem>-…`).
    public func isIn(_ stem: Stem) -> Bool { rawValue == stem.rawValue || rawValue.hasPrefix(stem.rawValue + "-") }
}
