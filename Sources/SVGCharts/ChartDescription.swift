import Foundation
import Markup

/// Builds the text of an SVG `<desc>`: what is plotted, the axes, the series, the band meaning,
/// and every point that could not be drawn (NaN/∞, or ≤ 0 on a log axis).
enum ChartDescription {
    /// At most this many skipped points are listed individually.
    static let maxListed = 20

    /// "label at x=…: y=NaN" for each undrawable point of `series` on the given axes.
    static func skipped(_ series: [Series], x: ResolvedAxis, y: ResolvedAxis, bands: Bool) -> [String] {
        var out: [String] = []
        for s in series {
            for p in s.points {
                var problems: [String] = []
                if !x.isPlottable(p.x) { problems.append("x=\(NumberFormat.compact(p.x))") }
                if !y.isPlottable(p.y) { problems.append("y=\(NumberFormat.compact(p.y))") }
                if bands, let lo = p.lower, !y.isPlottable(lo) { problems.append("lower=\(NumberFormat.compact(lo))") }
                if bands, let hi = p.upper, !y.isPlottable(hi) { problems.append("upper=\(NumberFormat.compact(hi))") }
                if !problems.isEmpty {
                    out.append("\(s.label) at x=\(NumberFormat.compact(p.x)): " + problems.joined(separator: ", "))
                }
            }
        }
        return out
    }

    /// "Skipped points that cannot be drawn: a; b; … and 3 more." or "" when none.
    static func skippedSentence(_ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        var s = " Skipped points that cannot be drawn: " + items.prefix(maxListed).joined(separator: "; ")
        if items.count > maxListed { s += "; and \(items.count - maxListed) more" }
        return s + "."
    }

    /// "label at x=…: n = k of N" for each point of `series` with fewer finite seeds than planned.
    static func partial(_ series: [Series]) -> [String] {
        series.flatMap { s in
            s.points.compactMap { p in p.seeds.map { "\(s.label) at x=\(NumberFormat.compact(p.x)): \($0.text)" } }
        }
    }

    /// " Points with fewer finite seeds than planned: a; b; … and 3 more." or "" when none.
    static func partialSentence(_ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        var s = " Points with fewer finite seeds than planned: " + items.prefix(maxListed).joined(separator: "; ")
        if items.count > maxListed { s += "; and \(items.count - maxListed) more" }
        return s + "."
    }

    /// `s` as a sentence: first letter capitalised, ending with punctuation.
    static func sentence(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        guard let first = t.first, let last = t.last else { return "" }
        t = first.uppercased() + t.dropFirst()
        return ".!?".contains(last) ? t : t + "."
    }

    /// The `<desc>` text of a line chart (or one panel, with a `prefix` naming it).
    static func line(_ c: LineChart, x: ResolvedAxis, y: ResolvedAxis, kind: String = "Line chart") -> String {
        var s = "\(kind): " + sentence(c.description)
        s += " X axis: \(x.summary). Y axis: \(y.summary)."
        if c.series.isEmpty || c.series.allSatisfy({ $0.points.isEmpty }) {
            s += " No data."
        } else {
            s += " Series: " + c.series.map { "\($0.label) (\($0.points.count) points)" }.joined(separator: ", ") + "."
        }
        if let band = c.bandDescription { s += " " + sentence(band) }
        if !c.shadedRanges.isEmpty {
            s += " Shaded ranges: " + c.shadedRanges.map {
                "\($0.label) (\(NumberFormat.compact($0.from))–\(NumberFormat.compact($0.to)))"
            }.joined(separator: ", ") + "."
        }
        if !c.referenceLines.isEmpty {
            s += " Reference lines: " + c.referenceLines.map { "\($0.label) at \(NumberFormat.compact($0.x))" }
                .joined(separator: ", ") + "."
        }
        if !c.referenceLevels.isEmpty {
            s += " Horizontal reference lines: " + c.referenceLevels.map { "\($0.label) at \(NumberFormat.compact($0.y))" }
                .joined(separator: ", ") + "."
        }
        if let g = c.guide { s += " Guide: " + sentence(g.summary) }
        s += skippedSentence(skipped(c.series, x: x, y: y, bands: c.bandDescription != nil))
        s += partialSentence(partial(c.series))
        return s
    }
}
