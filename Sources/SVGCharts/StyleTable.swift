/// The styles of all series of one figure, with colour clashes resolved.
///
/// Every key first gets its preferred style from ``ChartStyle/style(forKey:)`` (a pure function
/// of the key). When two different keys in the same figure prefer the same colour, the keys are
/// taken in order of their hash (then spelling) and each later one moves to the next free palette
/// colour (yellow last). The outcome depends only on the *set* of keys, never on series order, so:
/// - a key keeps its colour in every figure where it does not clash;
/// - figures with the same set of keys always look the same.
///
/// The overlay prefixes are ignored when resolving, so "A" and "B" versions of a key share a colour.
/// A small-multiples figure resolves once over all its panels.
public struct StyleTable: Sendable, Equatable {
    /// Resolved style per key (as given, prefixes included).
    public private(set) var styles: [String: SeriesStyle] = [:]

    /// Resolves the styles of `keys` (duplicates allowed).
    public init(keys: [String]) {
        let base = Set(keys.map(ChartStyle.underlyingKey))
            .sorted { (ChartStyle.fnv1a($0), $0) < (ChartStyle.fnv1a($1), $1) }
        var color: [String: Int] = [:]
        var used = Set<Int>()
        for k in base {
            let preferred = ChartStyle.style(forKey: k).colorIndex
            let order = ChartStyle.preferenceOrder
            let start = order.firstIndex(of: preferred) ?? 0
            // The next free colour after the preferred one among the first seven, then yellow.
            let probe = (0..<7).map { order[(start + $0) % 7] } + [order[7]]
            let c = probe.first { !used.contains($0) } ?? preferred
            used.insert(c)
            color[k] = c
        }
        for k in keys {
            var s = ChartStyle.style(forKey: k)
            s.colorIndex = color[ChartStyle.underlyingKey(k)] ?? s.colorIndex
            styles[k] = s
        }
    }

    /// The style of `key`; keys not in the table get their preferred style.
    public subscript(key: String) -> SeriesStyle {
        styles[key] ?? ChartStyle.style(forKey: key)
    }
}
