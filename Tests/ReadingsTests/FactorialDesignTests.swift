@testable import Readings
@testable import Results
@testable import RunCache
import Testing
@testable import Experiments

/// The design type against the textbook tables (NIST/SEMATECH e-Handbook §5.3.3.4.7; Box, Hunter &
/// Hunter 2005, Table 6.22): orthogonal columns, the stated resolution, the stated aliases.
@Suite struct FactorialDesignTests {
    /// (k, generators, resolution) as the tables print them.
    static let textbook: [(Int, [String], Int)] = [
        (5, ["E=ABCD"], 5),
        (6, ["E=ABC", "F=BCD"], 4),
        (7, ["E=ABC", "F=BCD", "G=ACD"], 4),
        (8, ["E=BCD", "F=ACD", "G=ABC", "H=ABD"], 4),
        (9, ["F=BCDE", "G=ACDE", "H=ABDE", "J=ABCE"], 4),
        (10, ["F=ABCD", "G=ABCE", "H=ABDE", "J=ACDE", "K=BCDE"], 4),
        (10, ["H=ABCG", "J=BCDE", "K=ACDF"], 5),
    ]

    func design(_ k: Int, _ g: [String]) -> FactorialDesign {
        FactorialDesign(factors: k, generators: g.map { Array($0.split(separator: "=")[1]).map { FactorialDesign.letters.firstIndex(of: $0)! } })
    }

    @Test(arguments: 0..<textbook.count) func resolutionAndOrthogonality(_ i: Int) {
        let (k, g, res) = Self.textbook[i]
        let d = design(k, g)
        #expect(d.runCount == 1 << (k - g.count))
        #expect(d.resolution == res, "\(g)")
        let cols = (0..<k).map { d.column([$0]) }
        for a in 0..<k {
            #expect(cols[a].reduce(0, +) == 0, "balanced column \(a)")
            for b in (a + 1)..<k { #expect(zip(cols[a], cols[b]).map { $0 * $1 }.reduce(0, +) == 0, "columns \(a), \(b) orthogonal") }
        }
        // Every word of the defining relation is a constant column (I = ±word).
        for w in d.definingRelation { #expect(Set(d.column(w.factors)) == [w.sign]) }
        #expect(d.definingRelation.count == (1 << g.count) - 1)
        // Resolution IV: main effects are clear of two-factor interactions.
        if res >= 4 { for j in 0..<k { #expect(d.aliases(of: [j]).count == 1) } }
        if res >= 5 { for a in 0..<k { for b in (a + 1)..<k { #expect(d.aliases(of: [a, b]).count == 1) } } }
        // The default reading (every factor low) is in the fraction.
        #expect(d.matrix[0].allSatisfy { $0 == -1 })
    }

    /// 2^(6−2), E = ABC, F = BCD: I = ABCE = BCDF = ADEF (BHH Table 6.22); AB = CE, AE = BC = DF.
    @Test func aliasesOfTheSixFactorDesign() {
        let d = design(6, ["E=ABC", "F=BCD"])
        #expect(Set(d.definingRelation.map { FactorialDesign.name($0.factors) }) == ["ABCE", "BCDF", "ADEF"])
        #expect(Set(d.aliases(of: [0, 1]).map { FactorialDesign.name($0.factors) }) == ["AB", "CE"])
        #expect(Set(d.aliases(of: [0, 4]).map { FactorialDesign.name($0.factors) }) == ["AE", "BC", "DF"])
        // An aliased pair has equal (up to sign) columns; the chain's sign says which.
        for a in d.aliases(of: [0, 4]) { #expect(d.column(a.factors).map { $0 * a.sign } == d.column([0, 4])) }
        // The 15 two-factor interactions fall into 7 chains (the other 2 contrasts hold only 3FIs).
        #expect(d.estimableEffects.filter { $0[0].factors.count == 2 }.count == 7)
    }

    /// The map's designs: 10 factors, base factors A–E (the factors every claim depends on) full factorial.
    @Test func mapDesigns() {
        for p in ReportProfile.allCases {
            let m = MapDesign.forProfile(p)
            #expect(m.choices.count == 10)
            #expect(m.design.resolution >= (p == .paper ? 5 : 4))
            #expect(m.relevantFactors(.all).count == 5 && m.relevantFactors(.pruning).count == 10)
            #expect(m.choices.prefix(5).allSatisfy { $0.scope == .all } && m.choices.dropFirst(5).allSatisfy { $0.scope == .pruning })
            let readings = m.readings
            #expect(readings.first?.alternatives.isEmpty == true, "run 1 is the default reading")
            #expect(Set(readings.map(\.id)).count == readings.count)
            // The non-pruning factors take all 32 combinations.
            let keys = Set(readings.map { r in m.choices.prefix(5).map { r.usesAlternative($0) } })
            #expect(keys.count == 32)
        }
    }

    /// The confirmation's seeds never overlap the search's.
    @Test func confirmationSeedsAreFresh() throws {
        for p in ReportProfile.allCases {
            let m = MapDesign.forProfile(p)
            let search = try ReadingRuns(reading: m.readings[0], profile: p, base: p.reportBase, firstSeed: 1, seeds: m.searchSeeds)
            let confirm = try ReadingRuns(reading: m.readings[0], profile: p, base: p.reportBase, firstSeed: m.confirmationFirstSeed, seeds: m.searchSeeds)
            #expect(Set(search.allSpecs.map(\.seed)).isDisjoint(with: Set(confirm.allSpecs.map(\.seed))))
            #expect(Set(confirm.allSpecs.map(\.seed)).count == m.searchSeeds)
        }
    }

    /// Readings share the runs a factor cannot change: the unpruned conditions do not depend on the pruning factors.
    @Test func unprunedRunsIgnorePruningFactors() throws {
        let p = ReportProfile.quick, m = MapDesign.forProfile(p)
        let a = try ReadingRuns(reading: Reading(id: "a", alternatives: []), profile: p, base: p.reportBase, firstSeed: 1, seeds: 2)
        let b = try ReadingRuns(reading: Reading(id: "b", alternatives: ["pruneStart", "granularity", "branch", "biasNorm", "pruneRefresh"]),
                                profile: p, base: p.reportBase, firstSeed: 1, seeds: 2)
        for role in [ReadingRuns.Role.imbalanced, .balanced, .noisy] { #expect(a.specs(role) == b.specs(role)) }
        #expect(a.specs(.pruned) != b.specs(.pruned))
        #expect(m.readings.count == 32)
    }
}

/// The factorial analysis finds an effect that needs two factors together — which a one-factor-at-a-time
/// (star) design cannot see.
@Suite struct EffectAnalysisTests {
    let map = MapDesign(generators: MapDesign.resolutionIV, searchSeeds: 4)
    let noise: [Double] = [0.01, -0.02, 0.015, -0.005]

    /// y = 1 exactly when factors `a` and `b` are both at their other level, else 0, plus seed noise.
    func responses(_ a: Int, _ b: Int) -> [[Double]] {
        (0..<map.design.runCount).map { r in
            let both = map.design.level(run: r, factor: a) > 0 && map.design.level(run: r, factor: b) > 0
            return noise.enumerated().map { s, e in (both ? 1 : 0) + e * Double(r % 3 + 1) }
        }
    }

    @Test func interactionIsFound() {
        let dict = 4, branch = 9   // Dictionary M (E) × Pruned views (K)
        let effects = EffectAnalysis.estimate(map, scope: .pruning, responses: responses(dict, branch))
        let d = EffectAnalysis.deciding(effects)
        let ek = effects.first { $0.kind == .interaction && Set($0.factors) == [dict, branch] || $0.chain.contains("EK") }
        #expect(ek != nil && ek!.significant, "\(effects.filter(\.significant).map(\.chain))")
        #expect(abs(ek!.estimate) > 0.4)
        #expect(d.interaction?.chain == ek?.chain)
        // A design where y = 1 only at (+,+) also shows both main effects (0.5 each): the factorial
        // design sees everything; now the star design:
        let star = starDesignEffects(dict, branch)
        #expect(star.allSatisfy { abs($0) < 0.1 }, "each change alone from the default does nothing: \(star)")
        // Why: a star design never puts two factors at their other level together, while the
        // fractional factorial runs that joint cell in a quarter of its readings.
        let joint = (0..<map.design.runCount).filter { map.design.level(run: $0, factor: dict) > 0 && map.design.level(run: $0, factor: branch) > 0 }
        #expect(joint.count == map.design.runCount / 4)
    }

    /// The star design: the default reading, then each factor alone at its other level; the effect
    /// of a factor is its single-change reading minus the default.
    func starDesignEffects(_ a: Int, _ b: Int) -> [Double] {
        func y(_ alternatives: Set<Int>) -> Double { alternatives.contains(a) && alternatives.contains(b) ? 1 : 0 }
        let base = y([])
        return (0..<map.choices.count).map { y([$0]) - base }
    }

    @Test func nullResponsesGiveNoDetectableEffect() {
        let flat = (0..<map.design.runCount).map { r in noise.map { $0 * Double(r % 5) } }
        let effects = EffectAnalysis.estimate(map, scope: .pruning, responses: flat)
        #expect(effects.filter { $0.kind == .main }.count == 10)
        #expect(effects.count == 31, "10 main effects + 21 two-factor chains fill the 31 contrasts of 32 runs")
        let d = EffectAnalysis.deciding(effects)
        #expect(d.main == nil && d.interaction == nil)
    }

    /// For claims without pruning only A–E count: 5 main effects and 10 clean two-factor interactions.
    @Test func nonPruningClaimsUseTheirFactorsOnly() {
        let effects = EffectAnalysis.estimate(map, scope: .all, responses: responses(0, 1))
        #expect(effects.filter { $0.kind == .main }.count == 5)
        #expect(effects.filter { $0.kind == .interaction }.count == 10)
        #expect(effects.allSatisfy { !$0.chain.contains("=") }, "A–E form a full factorial: no aliases among them")
        #expect(effects.first { $0.chain == "AB" }?.significant == true)
    }
}

/// Every search run of the map is known before any result (so `plan`, `run --shard` and Slurm include them).
@Suite struct MapJobsTests {
    @Test func mapRunsArePlannedUpFrontAndShareWhatTheyCan() throws {
        let p = ReportProfile.quick, m = MapDesign.forProfile(p)
        let plan = ReportPlan(profile: p, base: p.reportBase)
        let computation = ReportComputation(plan: plan, runner: CachedRunner(cache: ResultCache(directory: "/nonexistent"), jobs: 1, quiet: true))
        let synthetic = Set(computation.syntheticJobs().map(\.spec))
        let map = try computation.mapJobs().map(\.spec)
        #expect(Set(map).count == map.count)
        #expect(Set(map).isDisjoint(with: synthetic))
        // Per seed: 32 unpruned combinations (A–E) at ε_min = 0.1 for two conditions, 16 at ε_min = 1
        // (where holding σ² or NSR is the same run), 32 pruned readings; the default reading's
        // unpruned conditions are the figures' own runs.
        let planned = try ReadingsComputation.plannedRuns(profile: p, base: p.reportBase).map(\.spec)
        #expect(planned.count == (32 * 2 + 16 + 32) * m.searchSeeds)
        #expect(map.count == planned.count - Set(planned).intersection(synthetic).count)
        #expect(Set(planned).intersection(synthetic).count >= 3 * m.searchSeeds)
    }

    /// `paper` maps at the default size (its design at the paper's size would cost more than every
    /// figure together); `quick` and `default` map at their own size. Only the sizes change.
    @Test func thePaperProfileMapsAtTheDefaultSize() throws {
        for p in ReportProfile.allCases {
            let base = p.reportBase, mapBase = ReadingsComputation.mapBase(profile: p, base: base)
            let sized = p.mapProfile.preset.config
            let planned = try ReadingsComputation.plannedRuns(profile: p, base: base).map(\.spec.config)
            #expect(planned.allSatisfy { $0.ambientDim == sized.ambientDim && $0.steps == sized.steps && $0.neurons == sized.neurons })
            if p == .paper {
                #expect(p.mapProfile == .default && mapBase.ambientDim != base.ambientDim)
                // Every field but the sizes is the paper profile's base.
                #expect(p.preset.sized(mapBase) == base)
                #expect(MapDesign.forProfile(p).readings.count == 128)
            } else {
                #expect(mapBase == base)
            }
        }
    }
}
