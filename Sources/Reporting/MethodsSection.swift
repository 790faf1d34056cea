import Learning
import Markup
import Readings
import Results
import SVGCharts

/// The Methods section's context: every number read from the report's base configuration and
/// profile (the equations themselves are in `templates/methods.md`, as plain Unicode).
struct MethodsSection: ReportFigure {
    let id = "methods"

    func charts(_ r: ReportResults) -> [Chart] { [] }
    func caption(_ chartID: String, _ r: ReportResults) -> String? { nil }

    func sectionContext(_ r: ReportResults, blocks: inout BlockSplicer) -> (any SectionContext)? {
        context(r, blocks: &blocks)
    }

    /// The `methods` section of the template.
    func context(_ r: ReportResults, blocks: inout BlockSplicer) -> MethodsContext {
        let c = r.plan.base, p = r.plan.profile
        func n(_ v: Double) -> String { NumberFormat.label(v) }
        var atOne = c; atOne.epsMin = 1
        var atLow = c; atLow.epsMin = p.epsGrid.min() ?? c.epsMin
        let log = RuleChangeLog.entries(r)
        let ruleTable = HTMLTable(header: ["Claim", "What changed", "Why", "Old rule gives", "New rule gives"],
                                  textRows: log.map { [$0.claimID, $0.change, $0.why, $0.oldText, $0.newText] },
                                  caption: "Rules changed since the last committed reference, both verdicts computed from this report's data.",
                                  className: "rule-log").render()
        return MethodsContext(
            literalPruning: c.pruneStart == 0 && c.pruneRefresh == 1,
            ruleLog: log.isEmpty ? "" : blocks.token(for: ruleTable), hasRuleLog: !log.isEmpty,
            d: String(c.features), d1: String(c.ambientDim), L: String(c.tokens), m: String(c.neurons),
            p0: n(c.activation), minorityCount: String(c.minorityCount), majorityCount: String(c.majorityCount),
            dictionary: c.dictionary.rawValue, latent: c.latent.rawValue, positivePair: c.positivePair.rawValue,
            attentionScale: c.attentionScale == 0 ? "d1 = \(c.ambientDim)" : n(c.attentionScale),
            sigma0: n(c.initScale), kappa: n(c.biasKappa), biasMode: c.biasMode.rawValue,
            T1: String(c.biasStartStep), T2: String(c.biasFreezeStep), T1frac: n(c.biasStart), T2frac: n(c.biasFreeze),
            tau: n(c.temperature), eta: n(c.learningRate), lambda: n(c.weightDecay), K: String(c.batchSize), T: String(c.steps),
            fresh: c.freshSamples, trainPairs: String(c.trainPairs), epochs: NumberFormat.format(Double(c.steps * c.batchSize) / Double(c.trainPairs), decimals: 0),
            noiseHeldByNSR: c.noiseHeldBy == .nsr,
            sigma2Low: NumberFormat.format(atLow.noiseVariance, decimals: 5), sigma2One: NumberFormat.format(atOne.noiseVariance, decimals: 5),
            epsLow: n(atLow.epsMin),
            pruneStart: String(c.pruneStartStep), pruneRefresh: String(c.pruneRefresh), pruneBiasNorm: c.pruneBiasNorm.rawValue,
            alignThreshold: n(c.alignThreshold), testPairs: String(c.testPairs), probeTrain: String(c.probeTrain),
            probeTest: String(c.probeTest), ridge: n(c.ridge), stage3Dominance: n(c.stage3Dominance),
            seeds: String(p.seeds), readingSeeds: String(MapDesign.forProfile(p).searchSeeds), trajectoryFactor: String(p.trajectoryStepFactor),
            sensitivitySeeds: String(p.sensitivitySeeds), sensitivityRuns: p.sensitivitySeeds > 0,
            exploratoryEpsReduced: p.exploratoryPruningEpsGrid != p.pruningEpsGrid,
            exploratoryEps: p.exploratoryPruningEpsGrid.map { NumberFormat.label($0) }.joined(separator: ", "),
            ratioGrid: ([0] + p.ratioGrid).map { NumberFormat.label($0) }.joined(separator: ", "))
    }
}
