/// The styles of all series of one figure, with colour and marker clashes resolved.
///
/// Every key first gets its preferred style from ``ChartStyle/style(forKey:)`` (a pure function
/// of the key). When two different keys in the same figure prefer the same colour, the keys are
/// taken in order of their hash (then spelling) and each later one moves to the next free palette
/// colour (yellow last), preferring a colour of a hue family not yet used (orange and vermillion
/// are one family, sky blue and blue another, bluish green and reddish purple a third: both turn
/// a similar grey under deuteranopia, CIELAB ΔE₇₆ 18 in the Machado 2009 simulation), so up to
/// four series get four distinct families, and a fifth to seventh shares a family (with another
/// marker) before faint yellow is used. Markers
/// are resolved the same way (the next free shape), so up to five series also differ in marker.
/// The outcome depends only on the *set* of keys, never on series order, so:
/// - a key keeps its colour in every figure where it does not clash;
/// - figures with the same set of keys always look the same.
///
/// The overlay prefixes are ignored when resolving, so "A" and "B" versions of a key share a colour.
/// A small-multiples figure resolves once over all its panels.
public struct StyleTable: Sendable, Equatable {
    /// Resolved style per key (as given, prefixes included).
    public private(set) var styles: [String: SeriesStyle] = [:]

    /// Palette index → hue family (indices not listed are their own family).
    static let family: [Int: Int] = [1: 6, 6: 6, 2: 5, 5: 5, 3: 7, 7: 7]

    /// Resolves the styles of `keys` (duplicates allowed).
    public init(keys: [String]) {
        let base = Set(keys.map(ChartStyle.underlyingKey))
            .sorted { (ChartStyle.fnv1a($0), $0) < (ChartStyle.fnv1a($1), $1) }
        var color: [String: Int] = [:], marker: [String: MarkerShape] = [:]
        var used = Set<Int>(), families = Set<Int>(), shapes = Set<MarkerShape>()
        for k in base {
            let preferred = ChartStyle.style(forKey: k)
            let order = ChartStyle.preferenceOrder
            let start = order.firstIndex(of: preferred.colorIndex) ?? 0
            // The next free colour after the preferred one among the first seven, then yellow;
            // a colour of an unused hue family first.
            let probe = (0..<7).map { order[(start + $0) % 7] }
            let c = probe.first { !used.contains($0) && !families.contains(Self.family[$0] ?? $0) }
                ?? probe.first { !used.contains($0) } ?? (used.contains(order[7]) ? preferred.colorIndex : order[7])
            used.insert(c)
            families.insert(Self.family[c] ?? c)
            color[k] = c
            let all = MarkerShape.allCases
            let m = (0..<all.count).map { all[(preferred.marker.rawValue + $0) % all.count] }
                .first { !shapes.contains($0) } ?? preferred.marker
            shapes.insert(m)
            marker[k] = m
        }
        for k in keys {
            var s = ChartStyle.style(forKey: k)
            s.colorIndex = color[ChartStyle.underlyingKey(k)] ?? s.colorIndex
            s.marker = marker[ChartStyle.underlyingKey(k)] ?? s.marker
            styles[k] = s
        }
    }

    /// Resolves the styles of the keys of `series`; a series with an explicit
    /// ``Series/style`` keeps it (the others are resolved as by ``init(keys:)``).
    public init(series: [Series]) {
        self.init(keys: series.filter { $0.style == nil }.map(\.key))
        for s in series { if let style = s.style { styles[s.key] = style } }
    }

    /// The style of `key`; keys not in the table get their preferred style.
    public subscript(key: String) -> SeriesStyle {
        styles[key] ?? ChartStyle.style(forKey: key)
    }
}
