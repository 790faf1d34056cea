import Experiments
import Learning
import Markup
import SVGCharts

/// The Discussion and Limitations section's context. Every value that states a result is computed
/// here from the results (verdicts, estimates, seed means) and every sentence that depends on it is
/// a template conditional on these values (`templates/discussion.md`), never a fixed conclusion.
struct DiscussionSection: ReportFigure {
    let id = "discussion"

    var chartIDs: [String] { [] }
    func charts(_ r: ReportResults) -> [Chart] { [] }
    func caption(_ chartID: String, _ r: ReportResults) -> String? { nil }

    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> [String: Any] {
        var out: [String: Any] = ["trajectory": trajectory(r)]
        var atLow = r.plan.base, atOne = r.plan.base
        atLow.epsMin = r.plan.profile.epsGrid.min() ?? 0.1; atLow.nsr = 1; atLow.noiseHeldBy = .nsr
        atOne.epsMin = 1; atOne.nsr = 1; atOne.noiseHeldBy = .nsr
        out["sigma"] = ["low": NumberFormat.format(atLow.noiseVariance, decimals: 5), "one": NumberFormat.format(atOne.noiseVariance, decimals: 5),
                        "epsLow": ReportPlan.label(atLow.epsMin), "ratio": NumberFormat.format(atOne.noiseVariance / atLow.noiseVariance, decimals: 2)]
        if let readings = r.readings { out.merge(DiscussionSection.readingFacts(readings)) { _, new in new } }
        let lt = r.claims.filter { $0.section == .longTail }
        out["longTailClaims"] = ["count": String(lt.count), "pass": String(lt.filter { $0.verdict == .pass }.count),
                                 "present": !lt.isEmpty]
        let p = r.plan.profile
        out["readingsReduced"] = p.readingEpsGrid != p.epsGrid
        out["readingEps"] = p.readingEpsGrid.map { ReportPlan.label($0) }.joined(separator: ", ")
        out["readingPointCount"] = String(p.readingEpsGrid.count)
        out["sensitivityRuns"] = r.sweeps.contains { $0.id == .sensitivity && !$0.points.isEmpty }
        return ["discussion": out]
    }

    /// Facts drawn from the readings: the σ² confound, basis alignment, memorisation.
    static func readingFacts(_ readings: ReadingsResult) -> [String: Any] {
        var out: [String: Any] = [:]
        guard let base = readings.defaultEvaluation else { return out }
        func flips(_ other: ReadingEvaluation?) -> [String] {
            guard let other else { return [] }
            return base.claims.compactMap { c in
                guard let v = other.claim(c.id)?.verdict, v != c.verdict else { return nil }
                return "\(c.id) (\(c.verdict.rawValue) → \(v.rawValue))"
            }
        }
        let sigma = readings.evaluation("noiseHeldBy")
        let sigmaFlips = flips(sigma)
        out["sigmaReading"] = ["present": sigma != nil, "anyFlip": !sigmaFlips.isEmpty, "flips": sigmaFlips.joined(separator: "; ")]

        func effect(_ e: ReadingEvaluation?, _ id: String) -> [String: Any] {
            guard let c = e?.effects[id] else { return ["present": false] }
            return ["present": true, "estimate": NumberFormat.format(c.estimate, decimals: 3),
                    "ci": "[\(NumberFormat.format(c.ciLow, decimals: 3)), \(NumberFormat.format(c.ciHigh, decimals: 3))]",
                    "verdict": c.verdict.rawValue, "pass": c.verdict == .pass, "fail": c.verdict == .fail]
        }
        let identity = readings.evaluation("dictionary")
        let random = effect(base, "pruning-minority-cosine"), ident = effect(identity, "pruning-minority-cosine")
        let differ = (random["verdict"] as? String) != (ident["verdict"] as? String)
        out["basis"] = ["random": random, "identity": ident, "differ": differ, "present": identity != nil]

        func growth(_ e: ReadingEvaluation?) -> Double {
            e?.sweeps.first { $0.id == .main }?.points.first { $0.x == 0.1 && $0.series == .nsr(1) }?.mean(.noiseGrowthMajority) ?? .nan
        }
        let fresh = growth(base), fixed = growth(readings.evaluation("trainingData"))
        out["memorisation"] = ["present": fresh.isFinite && fixed.isFinite,
                               "fresh": NumberFormat.format(fresh, decimals: 2), "fixed": NumberFormat.format(fixed, decimals: 2),
                               "freshShrinks": fresh < 1, "fixedGrows": fixed > 1,
                               "fixedFlips": flips(readings.evaluation("trainingData")).joined(separator: "; "),
                               "fixedAnyFlip": !flips(readings.evaluation("trainingData")).isEmpty]
        return out
    }

    /// Fig 1 convergence of the lucky minority neuron: how many seeds reach stage 3, and how far the
    /// others got (final dominant projection over the larger of the strongest other projection and the noise norm).
    func trajectory(_ r: ReportResults) -> [String: Any] {
        let n = r.trajectories.count
        let reached = r.trajectories.filter { $0.minority?.stage3Step != nil }.count
        let notReached = r.trajectories.compactMap { t -> String? in
            guard let m = t.minority, m.stage3Step == nil, let d = m.dominant.last, let o = m.strongestOther.last, let z = m.noise.last else { return nil }
            return "seed \(t.seed): \(NumberFormat.format(d / max(o, z), decimals: 2))×"
        }
        return ["seeds": String(n), "minorityReached": String(reached), "allReached": n > 0 && reached == n,
                "noneReached": reached == 0, "shortfall": notReached.joined(separator: ", "),
                "steps": String(r.plan.base.steps * r.plan.profile.trajectoryStepFactor),
                "dominance": ReportPlan.label(r.plan.base.stage3Dominance)]
    }
}
