import Claims
import Learning

extension FigureID {
    /// Figure 9 — the exploratory sensitivity sweep (no claim).
    public static let fig9 = FigureID("fig9")
}

/// Figure 9 — an exploratory sweep over the paper's OPEN choices (`sensitivity`): the base configuration at ε_min = 0.1,
/// NSR = 1, with one field changed at a time. It carries no claim; it shows how much the headline
/// minority measurements depend on our assumptions.
public struct Figure9: PaperFigure {
    public let figure = FigureID.fig9

    public init() {}

    /// (field, alternative value) pairs, in display order. Values are `--set` strings.
    public static let alternatives: [(String, String)] = [
        ("temperature", "0.2"), ("temperature", "1"),
        ("learningRate", "0.02"), ("learningRate", "0.1"),
        ("weightDecay", "0.001"), ("weightDecay", "0.003"),
        ("initScale", "0.001"), ("initScale", "0.1"),
        ("biasKappa", "0"), ("biasKappa", "3"), ("biasMode", "multiplicative"),
        ("attentionScale", "0"), ("dictionary", "identity"), ("positivePair", "aligned"), ("latent", "positive"),
    ]

    public func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep] {
        profile.sensitivitySeeds > 0 ? [Figure9.sweep(base: base, seeds: profile.sensitivitySeeds)] : []
    }

    public static func sweep(base: EngineConfig, seeds: Int) -> Sweep {
        var b = base
        b.epsMin = 0.1; b.nsr = 1
        var points = [SweepPoint(series: .baseline, x: 0, config: b)]
        for (i, (field, value)) in alternatives.enumerated() {
            guard let c = try? b.setting(field, to: value), (try? c.validate()) != nil, c != b else { continue }
            points.append(SweepPoint(series: .setting(field: field, value: value), x: Double(i + 1), config: c))
        }
        return Sweep(id: .sensitivity, title: "One OPEN choice changed at a time (ε_min = 0.1, NSR = 1)",
                     xName: "setting", seeds: seeds, points: points)
    }
}
