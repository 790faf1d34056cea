import Foundation

/// Combines two charts of the same kind into one: A ghosted and dashed, B solid (e.g. a previous
/// run against the current one). A's keys get ``ChartStyle/overlayPrefixA`` and B's
/// ``ChartStyle/overlayPrefixB``, so both keep the colour of their underlying key; legend labels
/// become "label (labelA)" and "label (labelB)". Layout (axes, ranges, reference lines, title)
/// comes from B; the id is B's id with "-overlay" appended so both can sit on one page.
enum ChartOverlay {
    static func tag(_ key: String, _ prefix: String) -> String {
        var k = key
        for p in [ChartStyle.overlayPrefixA, ChartStyle.overlayPrefixB] where k.hasPrefix(p) { k.removeFirst(p.count) }
        return prefix + k
    }

    static func note(_ labelA: String, _ labelB: String) -> String {
        "Overlay: faded dashed = \(labelA), solid = \(labelB)."
    }

    /// The series of one side, keys tagged; band kinds kept, and an explicit style kept too
    /// (ghosted and dashed on the A side, like the key styles).
    static func series(_ s: [Series], prefix: String, label: String) -> [Series] {
        s.map {
            var style = $0.style
            if prefix == ChartStyle.overlayPrefixA { style?.ghosted = true; style?.dash = ChartStyle.ghostDash }
            return Series(key: tag($0.key, prefix), label: "\($0.label) (\(label))", points: $0.points, band: $0.band, style: style)
        }
    }

    static func line(_ a: LineChart?, _ b: LineChart, labelA: String, labelB: String) -> LineChart {
        var c = b
        c.id = b.id + "-overlay"
        c.series = series(a?.series ?? [], prefix: ChartStyle.overlayPrefixA, label: labelA)
            + series(b.series, prefix: ChartStyle.overlayPrefixB, label: labelB)
        c.bandDescription = b.bandDescription ?? a?.bandDescription
        c.description = ChartDescription.sentence(b.description) + " " + note(labelA, labelB)
        return c
    }

    static func bar(_ a: BarChart, _ b: BarChart, labelA: String, labelB: String) -> BarChart {
        var c = b
        c.id = b.id + "-overlay"
        c.description = ChartDescription.sentence(b.description) + " " + note(labelA, labelB)
        func remapped(_ g: BarGroup) -> BarGroup {
            let pick: ([Double]) -> [Double] = { vs in
                b.categories.map { cat in
                    guard let i = a.categories.firstIndex(of: cat), i < vs.count else { return .nan }
                    return vs[i]
                }
            }
            return BarGroup(key: tag(g.key, ChartStyle.overlayPrefixA), label: "\(g.label) (\(labelA))",
                            values: pick(g.values), errors: g.errors.map(pick))
        }
        var groups: [BarGroup] = []
        var used = Set<String>()
        for g in b.groups {
            if let ga = a.groups.first(where: { $0.key == g.key }) { groups.append(remapped(ga)); used.insert(ga.key) }
            groups.append(BarGroup(key: tag(g.key, ChartStyle.overlayPrefixB), label: "\(g.label) (\(labelB))",
                                   values: g.values, errors: g.errors))
        }
        groups += a.groups.filter { !used.contains($0.key) }.map(remapped)
        c.groups = groups
        c.errorDescription = b.errorDescription ?? a.errorDescription
        return c
    }

    static func multiples(_ a: SmallMultiples, _ b: SmallMultiples, labelA: String, labelB: String) -> SmallMultiples {
        var c = b
        c.id = b.id + "-overlay"
        c.description = ChartDescription.sentence(b.description) + " " + note(labelA, labelB)
        c.panels = b.panels.enumerated().map { i, p in
            line(i < a.panels.count ? a.panels[i] : nil, p, labelA: labelA, labelB: labelB)
        }
        return c
    }
}
