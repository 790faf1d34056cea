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

    func sectionContext(_ r: ReportResults, blocks: inout BlockSplicer) -> (any SectionContext)? {
        context(r)
    }

    /// The `discussion` section of the template.
    func context(_ r: ReportResults) -> DiscussionContext {
        var atLow = r.plan.base, atOne = r.plan.base
        atLow.epsMin = r.plan.profile.epsGrid.min() ?? 0.1; atLow.nsr = 1; atLow.noiseHeldBy = .nsr
        atOne.epsMin = 1; atOne.nsr = 1; atOne.noiseHeldBy = .nsr
        let sigma = DiscussionContext.Sigma(low: NumberFormat.format(atLow.noiseVariance, decimals: 5), one: NumberFormat.format(atOne.noiseVariance, decimals: 5),
                                            epsLow: NumberFormat.label(atLow.epsMin), ratio: NumberFormat.format(atOne.noiseVariance / atLow.noiseVariance, decimals: 2))
        let lt = r.claims.filter { $0.section == .longTail }
        return DiscussionContext(
            trajectory: trajectory(r), sigma: sigma,
            map: r.readings.map { DiscussionSection.readingFacts($0, trainPairs: r.plan.base.trainPairs) },
            longTailClaims: .init(count: String(lt.count), pass: String(lt.filter { $0.verdict == .pass }.count), present: !lt.isEmpty),
            sensitivityRuns: r.sweeps.contains { $0.id == .sensitivity && !$0.points.isEmpty })
    }

    /// `texts` without repeats, first occurrence first.
    static func unique(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert($0).inserted }
    }

    /// The map's sentences (`DiscussionSentences`), generated from its effect estimates.
    static func readingFacts(_ readings: ReadingsResult, trainPairs: Int? = nil) -> DiscussionContext.MapFacts {
        let sentences = DiscussionSentences.make(RobustnessMap(readings), trainPairs: trainPairs)
        return .init(mapSentences: sentences.filter { $0.factor == nil }.map { .init(text: $0.text) },
                     factorSentences: DiscussionSection.unique(sentences.filter { $0.factor != nil }.map(\.text)).map { .init(text: $0) },
                     anyFactor: sentences.contains { $0.factor != nil },
                     mapSeeds: String(readings.design.searchSeeds))
    }

    /// Fig 1 convergence of the lucky minority neuron: how many seeds reach stage 3, and how far the
    /// others got (final dominant projection over the larger of the strongest other projection and the noise norm).
    func trajectory(_ r: ReportResults) -> DiscussionContext.Trajectory {
        let n = r.trajectories.count
        let reached = r.trajectories.filter { $0.minority?.stage3Step != nil }.count
        let notReached = r.trajectories.compactMap { t -> String? in
            guard let m = t.minority, m.stage3Step == nil, let d = m.dominant.last, let o = m.strongestOther.last, let z = m.noise.last else { return nil }
            return "seed \(t.seed): \(NumberFormat.format(d / max(o, z), decimals: 2))×"
        }
        return .init(seeds: String(n), minorityReached: String(reached), allReached: n > 0 && reached == n,
                     noneReached: reached == 0, shortfall: notReached.joined(separator: ", "),
                     steps: String(r.plan.base.steps * r.plan.profile.trajectoryStepFactor),
                     dominance: NumberFormat.label(r.plan.base.stage3Dominance))
    }
}
