import Foundation
import Markup

/// Nice tick values for linear (1-2-5 × 10^k steps) and log10 (decade) axes.
///
/// Tick values are computed as integer × power of ten (`3 / 10`, not `3 × 0.1`), so they are the
/// doubles nearest to the decimal numbers and print without artefacts like 0.30000000000000004.
public enum TickGenerator {
    /// A step of `mantissa` × 10^`exponent` with mantissa 1, 2 or 5.
    public struct Step: Sendable, Equatable {
        /// 1, 2 or 5.
        public var mantissa: Int
        /// Power of ten.
        public var exponent: Int
        /// The step as a number.
        public var value: Double { TickGenerator.multiple(1, of: self) }
        /// Digits after the point needed to print multiples of this step exactly.
        public var decimals: Int { Swift.max(0, -exponent) }
    }

    /// The preferred number of ticks; the chosen step gives the count closest to it within 3…10.
    static let targetCount = 6

    /// 10^k, exact for |k| ≤ 22 (division by an exact power gives the correctly rounded value).
    static func pow10(_ k: Int) -> Double {
        var p = 1.0
        for _ in 0..<Swift.min(Swift.abs(k), 308) { p *= 10 }
        return k >= 0 ? p : 1 / p
    }

    /// `i` × step, computed as (i·mantissa) × 10^e or (i·mantissa) / 10^-e.
    static func multiple(_ i: Int, of step: Step) -> Double {
        let n = Double(i * step.mantissa)
        return step.exponent >= 0 ? n * pow10(step.exponent) : n / pow10(-step.exponent)
    }

    /// Candidate steps from coarse to fine around the size of `range`.
    static func candidates(range: Double) -> [Step] {
        let k0 = Int(Foundation.floor(Foundation.log10(range)))
        var steps: [Step] = []
        for e in stride(from: k0 + 1, through: k0 - 2, by: -1) {
            for m in [5, 2, 1] { steps.append(Step(mantissa: m, exponent: e)) }
        }
        return steps
    }

    /// Integer index range `lo…hi` such that `multiple(i)` lies in `min…max` (or its widening
    /// outwards when `outward`), or nil when the indices would not fit in an `Int` comfortably.
    static func indices(min: Double, max: Double, step: Step, outward: Bool) -> (Int, Int)? {
        let s = step.value
        let a = outward ? Foundation.floor(min / s) : Foundation.ceil(min / s)
        let b = outward ? Foundation.ceil(max / s) : Foundation.floor(max / s)
        guard a.isFinite, b.isFinite, Swift.abs(a) < 1e12, Swift.abs(b) < 1e12 else { return nil }
        var lo = Int(a), hi = Int(b)
        // Division rounds (0.7 / 0.1 = 6.999…): settle the indices on the exact multiples.
        if !outward {
            while multiple(lo, of: step) < min { lo += 1 }
            while multiple(lo - 1, of: step) >= min { lo -= 1 }
            while multiple(hi, of: step) > max { hi -= 1 }
            while multiple(hi + 1, of: step) <= max { hi += 1 }
        } else {
            while multiple(lo, of: step) > min { lo -= 1 }
            while multiple(lo + 1, of: step) <= min { lo += 1 }
            while multiple(hi, of: step) < max { hi += 1 }
            while multiple(hi - 1, of: step) >= max { hi -= 1 }
        }
        return (lo, hi)
    }

    /// The step whose tick count (inside, or after widening outward) is in 3…10 and closest to
    /// ``targetCount``; ties go to the coarser step. Inside a range, steps that put ticks on both
    /// ends come first (so a domain from ``niceDomain(min:max:)`` starts and ends on ticks).
    static func bestStep(min: Double, max: Double, outward: Bool) -> Step? {
        let range = max - min
        guard range > 0, range.isFinite else { return nil }
        var best: (step: Step, score: Int)?
        for step in candidates(range: range) {
            guard let (lo, hi) = indices(min: min, max: max, step: step, outward: outward) else { continue }
            let count = hi - lo + 1
            guard (3...10).contains(count) else { continue }
            let onEnds = !outward && multiple(lo, of: step) == min && multiple(hi, of: step) == max
            let score = Swift.abs(count - targetCount) + (onEnds || outward ? 0 : 100)
            if best == nil || score < best!.score { best = (step, score) }
        }
        return best?.step
    }

    /// Ticks at multiples of a 1-2-5 step inside `min…max` (3–10 of them), all labelled with the
    /// same number of decimals. Degenerate ranges give the bounds themselves.
    public static func linear(min: Double, max: Double) -> [Tick] {
        guard let step = bestStep(min: min, max: max, outward: false),
              let (lo, hi) = indices(min: min, max: max, step: step, outward: false) else {
            return min == max || !(max > min) ? [Tick(value: min, label: NumberFormat.compact(min))]
                : [Tick(value: min, label: NumberFormat.compact(min)), Tick(value: max, label: NumberFormat.compact(max))]
        }
        return (lo...hi).map { i in
            let v = multiple(i, of: step)
            return Tick(value: v, label: NumberFormat.format(v, decimals: step.decimals))
        }
    }

    /// `min…max` widened outwards to multiples of a nice step (so the axis ends on ticks).
    /// A zero-width range is first widened by 10 % of its value (or ±1 around zero).
    public static func niceDomain(min: Double, max: Double) -> (Double, Double) {
        var lo = min, hi = max
        if !(hi > lo) {
            let pad = lo == 0 ? 1 : Swift.abs(lo) * 0.1
            lo -= pad; hi += pad
        }
        guard let step = bestStep(min: lo, max: hi, outward: true),
              let (a, b) = indices(min: lo, max: hi, step: step, outward: true) else { return (lo, hi) }
        let (niceLo, niceHi) = (multiple(a, of: step), multiple(b, of: step))
        return niceLo.isFinite && niceHi.isFinite ? (niceLo, niceHi) : (lo, hi)
    }

    /// The decade exponent k with 10^k ≤ v < 10^(k+1), for v > 0.
    static func decade(_ v: Double) -> Int {
        var k = Int(Foundation.floor(Foundation.log10(v)))
        if pow10(k + 1) <= v { k += 1 }
        if pow10(k) > v { k -= 1 }
        return k
    }

    /// `min…max` (both > 0) widened to whole decades; zero-width becomes one decade each side.
    public static func logDomain(min: Double, max: Double) -> (Double, Double) {
        let lo = decade(min)
        var hi = decade(max)
        if pow10(hi) < max { hi += 1 }
        if hi <= lo { return (pow10(lo - (pow10(lo) == min ? 1 : 0)), pow10(lo + 1)) }
        return (pow10(lo), pow10(hi))
    }

    /// Label of m × 10^k: plain decimals for 10^-4…10^4, else "m×10ᵏ" with superscript digits.
    static func logLabel(mantissa m: Int, exponent k: Int) -> String {
        if (-4...4).contains(k) {
            return NumberFormat.format(Double(m) * pow10(Swift.max(k, 0)) / pow10(Swift.max(-k, 0)), decimals: Swift.max(0, -k))
        }
        let superscripts: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵",
                                                    "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
        let power = "10" + String(String(k).map { superscripts[$0] ?? $0 })
        return m == 1 ? power : "\(m)×" + power
    }

    /// Ticks for a log10 axis over `min…max` (both > 0): a labelled tick at every decade (every
    /// n-th decade beyond 10 decades), labelled 2 and 5 multiples when the range spans at most
    /// two decades, and unlabelled minor ticks 2…9 when it spans at most six.
    public static func log10(min: Double, max: Double) -> [Tick] {
        guard min > 0, max > min, min.isFinite, max.isFinite else {
            return min > 0 && min.isFinite ? [Tick(value: min, label: NumberFormat.compact(min))] : []
        }
        let kLo = decade(min), kHi = decade(max)
        let decades = Foundation.log10(max) - Foundation.log10(min)
        let every = decades > 10 ? Int(Foundation.ceil(decades / 8)) : 1
        var ticks: [Tick] = []
        for k in kLo...kHi {
            for m in 1...9 {
                let v = Double(m) * pow10(Swift.max(k, 0)) / pow10(Swift.max(-k, 0))
                guard v >= min, v <= max else { continue }
                if m == 1 {
                    let labelled = ((k % every) + every) % every == 0
                    ticks.append(Tick(value: v, label: labelled ? logLabel(mantissa: 1, exponent: k) : "", isMajor: labelled))
                } else if decades <= 2.000001 && (m == 2 || m == 5) {
                    ticks.append(Tick(value: v, label: logLabel(mantissa: m, exponent: k), isMajor: true))
                } else if decades <= 6 {
                    ticks.append(Tick(value: v, label: "", isMajor: false))
                }
            }
        }
        return ticks
    }
}
