import Foundation
import Learning

/// The one formatter for numbers in claim texts, tables and the report's prose: fixed decimals,
/// "n/a" for NaN/∞, never "-0.000".
public enum Fixed {
    public static func format(_ v: Double, _ decimals: Int = 3) -> String {
        guard v.isFinite else { return "n/a" }
        let s = String(format: "%.\(decimals)f", v)
        return s.hasPrefix("-") && s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(s.dropFirst()) : s
    }

    /// "mean ± std" of a seed summary, values multiplied by `scale`; `ifMissing` when the mean is not finite.
    public static func meanStd(_ s: SeedSummary, _ decimals: Int = 3, scale: Double = 1, ifMissing: String = "n/a") -> String {
        s.mean.isFinite ? "\(format(scale * s.mean, decimals)) ± \(format(scale * s.std, decimals))" : ifMissing
    }
}
