import Learning

/// Figure 6 — pruning. Declares the `pruning` sweep (ε_min grid at NSR = 1 for the unpruned
/// baselines, random and identity M, and each pruning variant) and the `ratio` sweep (pruning
/// ratio α of the lead variant at ε_min = 0.1, NSR = 1; Fig 6b), and checks the pruning claims.
public struct Figure6: PaperFigure {
    public init() {}

    public func sweeps(profile: ReportProfile, base: EngineConfig) -> [Sweep] {
        let variants = profile.variants
        var pruningPoints: [SweepPoint] = []
        for dict in DictionaryKind.allCases {
            var c = base; c.dictionary = dict
            pruningPoints += profile.pruningEpsGrid.map { SweepPoint(series: .unpruned(dict), x: $0, config: ReportPlan.at($0, 1, c)) }
        }
        for v in variants {
            pruningPoints += profile.pruningEpsGrid.map {
                SweepPoint(series: .variant(v.key), x: $0, config: ReportPlan.at($0, 1, v.apply(to: base)))
            }
        }
        let pruning = Sweep(id: .pruning, title: "Pruning variants against their unpruned baselines (NSR = 1)",
                            xName: "ε_min", seeds: profile.seeds, points: pruningPoints)
        let ratioVariant = variants[0]
        var ratioPoints = [SweepPoint(series: .variant(ratioVariant.key), x: 0, config: ReportPlan.at(0.1, 1, {
            var c = base; c.dictionary = ratioVariant.dictionary; return c }()))]
        for a in profile.ratioGrid {
            var v = ratioVariant; v.ratio = a
            ratioPoints.append(SweepPoint(series: .variant(ratioVariant.key), x: a, config: ReportPlan.at(0.1, 1, v.apply(to: base))))
        }
        let ratio = Sweep(id: .ratio, title: "Pruning ratio α at ε_min = 0.1, NSR = 1", xName: "pruning ratio α",
                          seeds: profile.seeds, points: ratioPoints)
        return [pruning, ratio]
    }

    /// Per pruning variant, against the unpruned baseline with the same dictionary, at every ε_min ≤ 0.2:
    /// minority max-cosine must rise and minority regression MSE must fall by more than 2 standard
    /// errors of the difference of seed means. PASS if every such point passes, FAIL if any point moves
    /// the other way by more than 2 SE, else INCONCLUSIVE. Plus, for each variant, whether the minority
    /// coefficient ratio becomes independent of ε_min.
    public func claims(_ measured: MeasuredResults) -> [ClaimResult] {
        guard let sweep = measured.sweep(.pruning) else { return [] }
        let variants = measured.plan.variants
        let smallEps = SyntheticClaims.smallEps, fmt = { SyntheticClaims.fmt($0, 3) }
        var out: [ClaimResult] = []
        for v in variants {
            let base = sweep.series(.unpruned(v.dictionary)), pruned = sweep.series(.variant(v.key))
            for (metric, direction, what) in [(Metric.maxCosMinority, 1.0, "minority max-cosine"),
                                              (.regressionMSEMinority, -1.0, "minority regression MSE")] {
                var verdicts: [Verdict] = [], detail: [String] = []
                for p in base where p.x <= smallEps {
                    guard let q = pruned.first(where: { $0.x == p.x }) else { continue }
                    let r = Statistics.directional(p.values(metric), q.values(metric), direction: direction, k: SyntheticClaims.standardErrors)
                    verdicts.append(r.verdict)
                    detail.append("ε \(ReportPlan.label(p.x)): \(fmt(p.mean(metric))) → \(fmt(q.mean(metric))) (Δ = \(fmt(r.diff)) ± \(fmt(r.se)) SE, \(r.verdict.rawValue))")
                }
                let verdict: Verdict = verdicts.isEmpty ? .inconclusive
                    : (verdicts.allSatisfy { $0 == .pass } ? .pass : (verdicts.contains(.fail) ? .fail : .inconclusive))
                out.append(ClaimResult(
                    id: "pruning-\(v.key)-\(metric == .maxCosMinority ? "alignment" : "regression")", section: .fig6,
                    paperSays: metric == .maxCosMinority
                        ? "Magnitude pruning during training strengthens minority-feature learning."
                        : "Pruning improves representation quality for minority features (lower downstream error).",
                    test: "\(v.label) vs no pruning (same dictionary): \(what) \(direction > 0 ? "higher" : "lower") by > 2 SE at every ε_min ≤ \(ReportPlan.label(smallEps)): PASS; the other way by > 2 SE at some ε_min: FAIL; else INCONCLUSIVE.",
                    measured: detail.joined(separator: "; "), verdict: verdict))
            }
        }
        if let lead = variants.first { out.append(decouplingClaim(sweep, lead)) }
        return out
    }

    /// "Pruning makes the minority coefficient independent of ε_min/ε_max": spread of the seed-mean
    /// coefficient ratio (minority/majority) over the ε_min grid, (max − min)/max. PASS if the pruned
    /// spread is below half the unpruned spread, FAIL if it is not below the unpruned spread, else INCONCLUSIVE.
    func decouplingClaim(_ sweep: SweepResult, _ v: PruningVariant) -> ClaimResult {
        func spread(_ pts: [AggregatedPoint]) -> Double {
            let r = pts.map { $0.mean(.coefMinority) / $0.mean(.coefMajority) }.filter(\.isFinite)
            guard let mx = r.max(), let mn = r.min(), mx > 0 else { return .nan }
            return (mx - mn) / mx
        }
        let a = spread(sweep.series(.unpruned(v.dictionary))), b = spread(sweep.series(.variant(v.key)))
        let verdict: Verdict = !(a.isFinite && b.isFinite) ? .inconclusive : (b < 0.5 * a ? .pass : (b >= a ? .fail : .inconclusive))
        return ClaimResult(
            id: "pruning-\(v.key)-decoupling", section: .fig6,
            paperSays: "With pruning the minority coefficient no longer depends on ε_min/ε_max.",
            test: "Spread (max − min)/max over the ε_min grid of the coefficient ratio minority/majority: \(v.label) below half the unpruned spread: PASS; not below the unpruned spread: FAIL; else INCONCLUSIVE.",
            measured: "spread without pruning \(SyntheticClaims.fmt(a, 3)), with \(SyntheticClaims.fmt(b, 3))", verdict: verdict)
    }
}
