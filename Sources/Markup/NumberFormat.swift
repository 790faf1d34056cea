import Foundation

/// The one number formatter: every number in an SVG, a table, a claim text, the page or a diff
/// goes through it, so the same value always prints the same way.
///
/// Non-finite values have one spelling everywhere: NaN prints as "NaN", infinities as "∞" and
/// "-∞". No formatter prints "-0" (negative values that round to zero print without the sign).
public enum NumberFormat {
    /// The spelling of a non-finite value ("NaN", "∞", "-∞"); nil for a finite one.
    public static func nonFinite(_ v: Double) -> String? {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-∞" : "∞" }
        return nil
    }

    /// `v` with exactly `decimals` digits after the point (0…17), rounded to nearest.
    public static func format(_ v: Double, decimals: Int) -> String {
        if let s = nonFinite(v) { return s }
        let d = Swift.max(0, Swift.min(decimals, 17))
        var s = String(format: "%.\(d)f", v)
        if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            s.removeFirst()
        }
        return s
    }

    /// ``format(_:decimals:)`` with a sign on positive values too ("+1.25", "-0.50", "0.00").
    public static func signed(_ v: Double, decimals: Int) -> String {
        let s = format(v, decimals: decimals)
        guard v.isFinite, !s.hasPrefix("-"), s.contains(where: { $0 != "0" && $0 != "." }) else { return s }
        return "+" + s
    }

    /// `v` with at most `decimals` digits after the point, trailing zeros (and a bare point)
    /// removed: `trimmed(12.50, decimals: 2)` is "12.5", `trimmed(3.0, decimals: 2)` is "3".
    /// Used for SVG coordinates.
    public static func trimmed(_ v: Double, decimals: Int) -> String {
        var s = format(v, decimals: decimals)
        guard v.isFinite, s.contains(".") else { return s }
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        if s == "-0" { s = "0" }
        return s
    }

    /// `v` with about `significant` significant digits (never more than 6 decimals), trailing
    /// zeros removed: 0.012345 → "0.01235", 1234.5 → "1235" (when significant is 4). Used in
    /// data tables and descriptions, where values of very different sizes meet.
    public static func compact(_ v: Double, significant: Int = 4) -> String {
        guard v.isFinite else { return format(v, decimals: 0) }
        if v == 0 { return "0" }
        let magnitude = Int(Foundation.floor(Foundation.log10(Swift.abs(v))))
        let decimals = Swift.max(0, Swift.min(6, significant - 1 - magnitude))
        return trimmed(v, decimals: decimals)
    }

    /// `v` to 4 significant digits for diff tables, in exponent form outside [1e-3, 1e5):
    /// 0.81234 → "0.8123", 12.345 → "12.35" (or "12.34": printf rounding), 123456 → "1.235e+05".
    public static func short(_ v: Double) -> String {
        if let s = nonFinite(v) { return s }
        if v == 0 { return "0" }
        let a = Swift.abs(v)
        if a >= 1e5 || a < 1e-3 { return String(format: "%.3e", v) }
        let digits = Swift.max(0, 3 - Int(Foundation.log10(a).rounded(.down)))
        return trimmed(v, decimals: digits)
    }

    /// ``short(_:)`` with a sign on positive values ("+0.012", "-3.1", "0").
    public static func shortSigned(_ v: Double) -> String {
        let s = short(v)
        return v > 0 && v.isFinite && s != "0" ? "+" + s : s
    }

    /// A grid value as it appears in series keys, sub-test ids and labels: an integral value without
    /// decimals, any other as Swift prints it: 1 → "1", 0.5 → "0.5", 4 → "4".
    public static func label(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }

    /// "n = k of N": k seeds with a finite value of N planned (tables, figure data, diff cells).
    public static func seedCount(finite k: Int, planned n: Int) -> String { "n = \(k) of \(n)" }
}
