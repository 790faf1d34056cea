import Foundation

/// The one number formatter of the charts: every number in an SVG or data table goes through it,
/// so the same value always prints the same way.
public enum NumberFormat {
    /// `v` with exactly `decimals` digits after the point (0…17), rounded to nearest.
    ///
    /// Never prints "-0" (negative values that round to zero print without the sign);
    /// NaN prints as "NaN", infinities as "∞" and "-∞".
    public static func format(_ v: Double, decimals: Int) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-∞" : "∞" }
        let d = Swift.max(0, Swift.min(decimals, 17))
        var s = String(format: "%.\(d)f", v)
        if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            s.removeFirst()
        }
        return s
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
}
