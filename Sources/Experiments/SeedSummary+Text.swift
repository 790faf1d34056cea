import Learning
import Markup

extension SeedSummary {
    /// "mean ± std" with `decimals` fixed decimals (``NumberFormat/format(_:decimals:)``), both
    /// multiplied by `scale`; `ifMissing` when the mean is not finite (default: the one NaN spelling).
    /// A partial summary (some seeds non-finite) ends in ``partialSuffix``, e.g.
    /// "0.412 ± 0.031 (n = 2 of 3)"; with every seed finite the text is just "mean ± std".
    public func meanStdText(_ decimals: Int = 3, scale: Double = 1, ifMissing: String? = nil) -> String {
        guard mean.isFinite else { return (ifMissing ?? NumberFormat.format(mean, decimals: decimals)) + partialSuffix }
        return "\(NumberFormat.format(scale * mean, decimals: decimals)) ± \(NumberFormat.format(scale * std, decimals: decimals))" + partialSuffix
    }

    /// " (n = k of N)" when fewer than the planned N seeds left a finite value (k = n finite,
    /// N = n + nonFinite), so a 1-seed point is never read as a well-measured one; "" otherwise.
    public var partialSuffix: String {
        isPartial ? " (\(NumberFormat.seedCount(finite: n, planned: planned)))" : ""
    }
}
