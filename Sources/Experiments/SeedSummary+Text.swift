import Learning
import Markup

extension SeedSummary {
    /// "mean ± std" with `decimals` fixed decimals (``NumberFormat/format(_:decimals:)``), both
    /// multiplied by `scale`; `ifMissing` when the mean is not finite (default: the one NaN spelling).
    public func meanStdText(_ decimals: Int = 3, scale: Double = 1, ifMissing: String? = nil) -> String {
        guard mean.isFinite else { return ifMissing ?? NumberFormat.format(mean, decimals: decimals) }
        return "\(NumberFormat.format(scale * mean, decimals: decimals)) ± \(NumberFormat.format(scale * std, decimals: decimals))"
    }
}
