import Learning

/// Everything a report runs, derived from a profile: the sweeps behind each figure.
///
/// - `main`: ε_min × NSR, no pruning (Figs 2–5)
/// - `trajectory`: one long run per seed at ε_min = 0.1, NSR = 1 (Fig 1)
/// - `pruning`: ε_min grid at NSR = 1 for the unpruned baselines (random and identity M) and each pruning variant (Fig 6)
/// - `ratio`: pruning ratio α at ε_min = 0.1, NSR = 1, weight level, identity M (Fig 6)
/// - `sensitivity`: one OPEN choice changed at a time at ε_min = 0.1, NSR = 1 (exploratory, no claim)
public struct ReportPlan: Codable, Sendable, Equatable {
    public var profile: ReportProfile
    public var base: EngineConfig
    public var variants: [PruningVariant]
    public var sweeps: [Sweep]

    public init(profile: ReportProfile, base: EngineConfig? = nil) {
        self.profile = profile
        let base = base ?? profile.preset.config
        self.base = base
        variants = profile.variants
        func at(_ eps: Double, _ nsr: Double, _ c: EngineConfig = base) -> EngineConfig {
            var c = c; c.epsMin = eps; c.nsr = nsr; return c
        }
        let main = Sweep(id: "main", title: "ε_min × NSR without pruning", xName: "ε_min", seeds: profile.seeds,
                         points: profile.nsrs.flatMap { nsr in
                             profile.epsGrid.map { SweepPoint(series: "nsr-\(ReportPlan.label(nsr))", x: $0, config: at($0, nsr)) }
                         })
        var long = at(0.1, 1)
        long.steps = base.steps * profile.trajectoryStepFactor
        let trajectory = Sweep(id: "trajectory", title: "Training dynamics at ε_min = 0.1, NSR = 1", xName: "step",
                               seeds: profile.seeds, points: [SweepPoint(series: "trajectory", x: 0.1, config: long)])
        var pruningPoints: [SweepPoint] = []
        for dict in DictionaryKind.allCases {
            var c = base; c.dictionary = dict
            pruningPoints += profile.pruningEpsGrid.map { SweepPoint(series: "none-\(dict.rawValue)", x: $0, config: at($0, 1, c)) }
        }
        for v in variants {
            pruningPoints += profile.pruningEpsGrid.map { SweepPoint(series: v.key, x: $0, config: at($0, 1, v.apply(to: base))) }
        }
        let pruning = Sweep(id: "pruning", title: "Pruning variants against their unpruned baselines (NSR = 1)",
                            xName: "ε_min", seeds: profile.seeds, points: pruningPoints)
        let ratioVariant = variants[0]
        var ratioPoints = [SweepPoint(series: ratioVariant.key, x: 0, config: at(0.1, 1, {
            var c = base; c.dictionary = ratioVariant.dictionary; return c }()))]
        for a in profile.ratioGrid {
            var v = ratioVariant; v.ratio = a
            ratioPoints.append(SweepPoint(series: ratioVariant.key, x: a, config: at(0.1, 1, v.apply(to: base))))
        }
        let ratio = Sweep(id: "ratio", title: "Pruning ratio α at ε_min = 0.1, NSR = 1", xName: "pruning ratio α",
                          seeds: profile.seeds, points: ratioPoints)
        sweeps = [main, trajectory, pruning, ratio, SensitivitySweep.sweep(base: base, seeds: profile.seeds)]
    }

    /// All distinct runs of the plan, in plan order.
    public var uniqueRuns: [RunSpec] {
        var seen = Set<RunSpec>(), out: [RunSpec] = []
        for s in sweeps { for r in s.runs where seen.insert(r).inserted { out.append(r) } }
        return out
    }

    public func sweep(_ id: String) -> Sweep? { sweeps.first { $0.id == id } }

    /// "1", "0.5", "4" — numbers in series keys and labels.
    public static func label(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
