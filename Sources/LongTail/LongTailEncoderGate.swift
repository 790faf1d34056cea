import Claims
import Foundation
import Learning

/// The first gate of the long-tail pruning claims: does the trained encoder learn anything the raw
/// pixels do not already give a linear probe? Declared by issue 26 before any conv run was rendered.
///
/// At the smallest ρ (ρ = 1, balanced), with a_s the raw-pixel probe's accuracy and b_s the unpruned
/// encoder's for seed s (same seed ⇒ same labelled subset and test images), paired over the seeds
/// finite in both:
///
///     Δ = (1/n) Σ_s (b_s − a_s),   CI₉₅ = Δ ± t_{0.975, n−1} · sd(b − a)/√n,
///
/// the gate holds when Δ ≥ `margin` (3 points) **and** the lower end of CI₉₅ is above 0.
/// `legacyHolds` keeps the rule it replaced (the encoder's seed mean above the raw pixels'), so the
/// page can log both verdicts (ROBUSTNESS.md §5).
public struct LongTailEncoderGate: Codable, Sendable, Equatable {
    /// The smallest advantage over raw pixels, as a fraction (0.03 = 3 points).
    public static let margin = 0.03

    /// Δ (fraction), its 95 % interval and the number of seed pairs.
    public var difference: Double
    public var ciLow: Double
    public var ciHigh: Double
    public var pairs: Int
    /// The declared rule: Δ ≥ `margin` and ciLow > 0.
    public var holds: Bool
    /// The replaced rule: mean encoder accuracy > mean raw-pixel accuracy.
    public var legacyHolds: Bool

    /// NaN-aware equality (no pair ⇒ NaN interval), so a gate read back from results.json equals
    /// the computed one.
    public static func == (a: Self, b: Self) -> Bool {
        func same(_ x: Double, _ y: Double) -> Bool { x == y || (x.isNaN && y.isNaN) }
        return same(a.difference, b.difference) && same(a.ciLow, b.ciLow) && same(a.ciHigh, b.ciHigh)
            && a.pairs == b.pairs && a.holds == b.holds && a.legacyHolds == b.legacyHolds
    }

    /// The gate from per-seed accuracies (index = seed slot; the two arrays must be equally long).
    public static func evaluate(encoder: [Double], rawPixels: [Double]) -> LongTailEncoderGate {
        let c = Comparison.paired(a: rawPixels, b: encoder, direction: .increase)
        let e = SeedSummary(encoder).mean, r = SeedSummary(rawPixels).mean
        let holds = c.n >= 2 && c.estimate.isFinite && c.ciLow.isFinite && c.estimate >= margin && c.ciLow > 0
        return LongTailEncoderGate(difference: c.estimate, ciLow: c.ciLow, ciHigh: c.ciHigh, pairs: c.n, holds: holds,
                                   legacyHolds: e.isFinite && r.isFinite && e > r)
    }
}
