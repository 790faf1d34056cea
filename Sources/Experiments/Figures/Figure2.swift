import Claims
import Learning

extension FigureID {
    /// Figure 2 — how many neurons learn minority features (claim C3).
    public static let fig2 = FigureID("fig2")
}

/// Figure 2 — how many neurons learn minority features. Declares the `main` sweep (ε_min × NSR
/// without pruning, one series per NSR), which Figures 3–5 read too, and the `neurons` sweep (m at
/// ε_min = 0.1, NSR = 1); checks claim C3 (minority learned weaker and by fewer neurons, Figs 2–3).
public struct Figure2: PaperFigure {
    public let figure = FigureID.fig2

    public init() {}

    public func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep] {
        [Sweep(id: .main, title: "ε_min × NSR without pruning", xName: "ε_min", seeds: profile.seeds,
               points: profile.nsrs.flatMap { nsr in
                   profile.epsGrid.map { SweepPoint(series: .nsr(nsr), x: $0, config: ReportPlan.at($0, nsr, base)) }
               }),
         Sweep(id: .neurons, title: "Number of neurons m at ε_min = 0.1, NSR = 1", xName: "m", seeds: profile.seeds,
               points: profile.neuronGrid.map { m in
                   var c = ReportPlan.at(0.1, 1, base); c.neurons = m
                   return SweepPoint(series: .nsr(1), x: Double(m), config: c)
               })]
    }

    public func claims(_ measured: MeasuredResults) -> [PaperClaim] {
        guard let main = measured.sweep(.main) else { return [] }
        return [Figure2.weakerAndFewer(main, neurons: measured.sweep(.neurons), nsrs: measured.plan.profile.nsrs)]
    }

    /// C3: Spearman trends over ε_min (bootstrap over seeds) of the aligned minority count, the
    /// per-seed coefficient ratio minority/majority and the minority specialist count, each claimed
    /// increasing at every NSR; and minority max-cosine increasing with m (the `neurons` sweep).
    static func weakerAndFewer(_ main: SweepResult, neurons: SweepResult?, nsrs: [Double]) -> PaperClaim {
        var checks = SyntheticClaims.perNSR(nsrs) { s, at, nsr in [
            SyntheticClaims.trend(main, s, id: .at(.alignedMinority, .nsr, nsr),
                                  rule: "\(at): Spearman ρ of ε_min against the number of neurons aligned with a minority feature (cos ≥ θ), bootstrap over seeds; claimed > 0.",
                                  groups: SyntheticClaims.groups(main, s, .alignedMinority), .increase),
            SyntheticClaims.trend(main, s, id: .at(.coefRatio, .nsr, nsr),
                                  rule: "\(at): Spearman ρ of ε_min against the per-seed coefficient ratio max_i|⟨w_i,M_j⟩| minority / majority; claimed > 0 (the minority coefficient shrinks with imbalance).",
                                  groups: SyntheticClaims.ratioGroups(main, s, .coefMinority, .coefMajority), .increase),
            SyntheticClaims.trend(main, s, id: .at(.specialistsMinority, .nsr, nsr),
                                  rule: "\(at): Spearman ρ of ε_min against the number of minority specialist neurons (best feature minority, cos ≥ θ); claimed > 0.",
                                  groups: SyntheticClaims.groups(main, s, .specialistsMinority), .increase),
        ] }
        let mGroups = neurons.map { SyntheticClaims.groups($0, .nsr(1), .maxCosMinority) } ?? []
        checks.append(.trend(id: SubTestID(.moreNeuronsHelpMinority),
                             rule: "Imbalance needs more neurons: at ε_min = 0.1, NSR = 1, Spearman ρ of the number of neurons m against minority max-cosine; claimed > 0.",
                             groups: mGroups, direction: .increase)
            .reading(neurons.map { SyntheticClaims.trendArms($0, .nsr(1), mGroups) } ?? []))
        return PaperClaim(
            id: .minorityWeakerFewer, section: .fig2, headline: "Minority features are learned weaker, by fewer neurons",
            paperSays: "Minority features are learned with smaller magnitude (coefficient roughly ∝ ε_j/ε_max) and by fewer specialist neurons; imbalance increases the need for more neurons.",
            reference: "Figs 2–3", subTests: ClaimFamily.evaluate(checks), rule: .allPass)
    }
}

/// The grids of Figure 2 per profile.
extension ReportProfile {
    /// ε_min grid of Figs 2–6.
    public var epsGrid: [Double] {
        switch self {
        case .quick: [0.1, 0.3, 1.0]
        case .default: [0.05, 0.1, 0.2, 0.5, 1.0]
        case .paper: [0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0]
        }
    }
    /// NSR values, one curve each.
    public var nsrs: [Double] {
        switch self { case .quick, .default: [1, 4]; case .paper: [0.5, 1, 2, 4] }
    }
    /// Numbers of neurons m of the `neurons` sweep (ε_min = 0.1, NSR = 1).
    public var neuronGrid: [Int] {
        self == .quick ? [16, 32] : [32, 64, 128, 256]
    }
}

extension SubTestID.Stem {
    /// `aligned-minority-nsr-<NSR>`: the trend of the aligned minority count over ε_min.
    public static let alignedMinority = SubTestID.Stem("aligned-minority")
    /// `coef-ratio-nsr-<NSR>`: the trend of the coefficient ratio minority/majority over ε_min.
    public static let coefRatio = SubTestID.Stem("coef-ratio")
    /// `specialists-minority-nsr-<NSR>`: the trend of the minority specialist count over ε_min.
    public static let specialistsMinority = SubTestID.Stem("specialists-minority")
    /// The trend of minority max-cosine over the number of neurons m.
    public static let moreNeuronsHelpMinority = SubTestID.Stem("more-neurons-help-minority")
}
