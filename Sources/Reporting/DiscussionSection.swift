import Learning
import Markup
import Readings
import Results
import SVGCharts

/// The Discussion and Limitations section's context. Every value that states a result is computed
/// here from the results (verdicts, estimates, seed means) and every sentence that depends on it is
/// a template conditional on these values (`templates/discussion.md`), never a fixed conclusion.
struct DiscussionSection: ReportFigure {
    let id = "discussion"

    func charts(_ r: ReportResults) -> [Chart] { [] }
    func caption(_ chartID: String, _ r: ReportResults) -> String? { nil }

    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> [String: Any] {
        var out: [String: Any] = ["trajectory": trajectory(r)]
        var atLow = r.plan.base, atOne = r.plan.base
        atLow.epsMin = r.plan.profile.epsGrid.min() ?? 0.1; atLow.nsr = 1; atLow.noiseHeldBy = .nsr
        atOne.epsMin = 1; atOne.nsr = 1; atOne.noiseHeldBy = .nsr
        out["sigma"] = ["low": NumberFormat.format(atLow.noiseVariance, decimals: 5), "one": NumberFormat.format(atOne.noiseVariance, decimals: 5),
                        "epsLow": NumberFormat.label(atLow.epsMin), "ratio": NumberFormat.format(atOne.noiseVariance / atLow.noiseVariance, decimals: 2)]
        if let readings = r.readings { out.merge(DiscussionSection.readingFacts(readings, trainPairs: r.plan.base.trainPairs)) { _, new in new } }
        let lt = r.claims.filter { $0.section == .longTail }
        out["longTailClaims"] = ["count": String(lt.count), "pass": String(lt.filter { $0.verdict == .pass }.count),
                                 "present": !lt.isEmpty]
        out["sensitivityRuns"] = r.sweeps.contains { $0.id == .sensitivity && !$0.points.isEmpty }
        return ["discussion": out]
    }

    /// `texts` without repeats, first occurrence first.
    static func unique(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert($0).inserted }
    }

    /// The map's sentences (`DiscussionSentences`), generated from its effect estimates.
    static func readingFacts(_ readings: ReadingsResult, trainPairs: Int? = nil) -> [String: Any] {
        let sentences = DiscussionSentences.make(RobustnessMap(readings), trainPairs: trainPairs)
        return ["mapSentences": sentences.filter { $0.factor == nil }.map { ["text": $0.text] },
                "factorSentences": DiscussionSection.unique(sentences.filter { $0.factor != nil }.map(\.text)).map { ["text": $0] },
                "anyFactor": sentences.contains { $0.factor != nil }, "mapPresent": true,
                "mapSeeds": String(readings.design.searchSeeds)]
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
                "dominance": NumberFormat.label(r.plan.base.stage3Dominance)]
    }
}
