import Foundation
import Markup

/// An axis with its final domain and ticks, able to map data values to pixels.
struct ResolvedAxis {
    var axis: Axis
    var lower: Double
    var upper: Double
    var ticks: [Tick]

    /// Whether `v` can be drawn on this axis (finite, and positive on a log axis).
    func isPlottable(_ v: Double) -> Bool {
        v.isFinite && (axis.scale == .linear || v > 0)
    }

    /// Fraction 0…1 of the way from `lower` to `upper` (outside for values outside the domain).
    func fraction(_ v: Double) -> Double {
        switch axis.scale {
        // Halving is exact and keeps ±1e308-sized domains from overflowing to ∞.
        case .linear: return (v * 0.5 - lower * 0.5) / (upper * 0.5 - lower * 0.5)
        case .log10: return Foundation.log10(v / lower) / Foundation.log10(upper / lower)
        }
    }

    /// Pixel position of `v` when the axis runs from pixel `a` (at `lower`) to `b` (at `upper`),
    /// limited to ±100 000 so far-off values (clipped anyway) never print as huge numbers.
    func position(_ v: Double, from a: Double, to b: Double) -> Double {
        let p = a + (b - a) * fraction(v)
        return p.isNaN ? p : Swift.min(Swift.max(p, -100_000), 100_000)
    }

    /// Fraction of the data range added at each end of a domain taken from the data.
    static let padFraction = 0.04

    /// The axis for `axis` over the data values `values` (non-plottable ones ignored).
    ///
    /// The domain is the data range widened by ``padFraction`` of it at each end (on a log axis,
    /// of its width in decades), so the plot starts and ends near the data; ticks fall inside.
    /// Data that are all ≥ 0 never get a negative linear axis (counts, accuracies). A fixed
    /// `min`/`max` replaces that end. `includeZero` makes a linear domain contain 0 (bar charts).
    /// A zero-width range, or one that would carry no labelled tick, falls back to nice tick
    /// values (whole decades on a log axis). Without data the domain is 0…1 (1…10 on a log axis).
    /// Explicit ``Axis/tickValues`` widen the domain to include them and replace the nice ticks.
    static func resolve(_ axis: Axis, values: [Double], includeZero: Bool = false) -> ResolvedAxis {
        var r = ResolvedAxis(axis: axis, lower: 0, upper: 1, ticks: [])
        let data = values.filter { r.isPlottable($0) }
        var lo = data.min(), hi = data.max()
        if includeZero && axis.scale == .linear {
            lo = Swift.min(lo ?? 0, 0)
            hi = Swift.max(hi ?? 0, 0)
        }
        switch axis.scale {
        case .linear:
            let fixedMin = axis.min.flatMap { $0.isFinite ? $0 : nil }
            let fixedMax = axis.max.flatMap { $0.isFinite ? $0 : nil }
            let a = fixedMin ?? lo ?? (fixedMax.map { $0 - 1 } ?? 0)
            let b = fixedMax ?? hi ?? (fixedMin.map { $0 + 1 } ?? 1)
            let (dlo, dhi) = (Swift.min(a, b), Swift.max(a, b))
            let pad = (dhi - dlo) * padFraction
            var plo = dlo - pad, phi = dhi + pad
            if dlo >= 0 && plo < 0 { plo = 0 }
            if let fixedMin { plo = fixedMin }
            if let fixedMax { phi = fixedMax }
            let padded = phi > plo && pad.isFinite && pad > 0 ? TickGenerator.linear(min: plo, max: phi) : []
            if padded.filter({ !$0.label.isEmpty }).count >= 2 {
                (r.lower, r.upper, r.ticks) = (plo, phi, padded)
            } else {
                let (nlo, nhi) = TickGenerator.niceDomain(min: dlo, max: dhi)
                r.lower = fixedMin ?? nlo
                r.upper = fixedMax ?? nhi
                if !(r.upper > r.lower) { (r.lower, r.upper) = (nlo, nhi) }
                r.ticks = TickGenerator.linear(min: r.lower, max: r.upper)
            }
        case .log10:
            let fixedMin = axis.min.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
            let fixedMax = axis.max.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
            let a = fixedMin ?? lo ?? (fixedMax.map { $0 / 10 } ?? 1)
            let b = fixedMax ?? hi ?? (fixedMin.map { $0 * 10 } ?? 10)
            let (dlo, dhi) = (Swift.min(a, b), Swift.max(a, b))
            let factor = Foundation.pow(10, Foundation.log10(dhi / dlo) * padFraction)
            let plo = fixedMin ?? dlo / factor, phi = fixedMax ?? dhi * factor
            let padded = phi > plo && factor.isFinite && factor > 1 ? TickGenerator.log10(min: plo, max: phi) : []
            if plo > 0, phi.isFinite, padded.filter({ !$0.label.isEmpty }).count >= 2 {
                (r.lower, r.upper, r.ticks) = (plo, phi, padded)
            } else {
                let (nlo, nhi) = TickGenerator.logDomain(min: dlo, max: dhi)
                r.lower = fixedMin ?? nlo
                r.upper = fixedMax ?? nhi
                if !(r.upper > r.lower) { (r.lower, r.upper) = (nlo, nhi) }
                r.ticks = TickGenerator.log10(min: r.lower, max: r.upper)
            }
        }
        if let given = axis.tickValues {
            // Explicit ticks: the domain grows to hold them; only they are drawn.
            // The domain is the span of ticks and data, padded as above (not widened to nice values).
            let t = Array(Set(given.filter { r.isPlottable($0) })).sorted()
            if let a = t.first, let b = t.last {
                let lo = Swift.min(a, data.min() ?? a), hi = Swift.max(b, data.max() ?? b)
                var plo: Double, phi: Double
                if axis.scale == .log10 {
                    let factor = hi > lo ? Foundation.pow(10, Foundation.log10(hi / lo) * padFraction) : 2
                    (plo, phi) = (lo / factor, hi * factor)
                } else {
                    let pad = hi > lo ? (hi - lo) * padFraction : 1
                    (plo, phi) = (lo - pad, hi + pad)
                    if lo >= 0 && plo < 0 { plo = 0 }
                }
                r.lower = axis.min.flatMap { $0.isFinite ? $0 : nil } ?? plo
                r.upper = axis.max.flatMap { $0.isFinite ? $0 : nil } ?? phi
                r.ticks = t.filter { $0 >= r.lower && $0 <= r.upper }.map { Tick(value: $0, label: NumberFormat.compact($0)) }
            }
        }
        if !r.isUsable {
            // Values at the edge of Double (subnormals, ±1.8e308) can defeat the nice domain;
            // fall back to a plain unit domain rather than draw NaN coordinates.
            (r.lower, r.upper) = axis.scale == .linear ? (0, 1) : (1, 10)
            r.ticks = axis.scale == .linear ? TickGenerator.linear(min: 0, max: 1) : TickGenerator.log10(min: 1, max: 10)
        }
        return r
    }

    /// Whether the domain maps to finite positions (ends at fractions 0 and 1, ticks finite).
    var isUsable: Bool {
        guard lower.isFinite, upper.isFinite, upper > lower else { return false }
        let a = fraction(lower), b = fraction(upper)
        return a.isFinite && b.isFinite && abs(a) < 1e-9 && abs(b - 1) < 1e-9
            && !ticks.isEmpty && ticks.allSatisfy { fraction($0.value).isFinite }
    }

    /// Width in pixels of the widest tick label at `fontSize`.
    func labelWidth(fontSize: Double) -> Double {
        ticks.map { XMLText.width($0.label, fontSize: fontSize) }.max() ?? 0
    }

    /// One-line description for `<desc>`: "x: step (log scale) from 1 to 1000" (the scale is not
    /// repeated when the title already says "log scale").
    var summary: String {
        let scale = axis.scale == .log10 && !axis.title.contains("log scale") ? " (log scale)" : ""
        return "\(axis.title)\(scale) from \(NumberFormat.compact(lower)) to \(NumberFormat.compact(upper))"
    }
}
