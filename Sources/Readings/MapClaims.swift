import Claims
import Experiments
import Foundation
import Learning

/// The synthetic claims in the robustness map, evaluated on one reading's four conditions
/// (`ReadingRuns`). Each claim is judged by the same kind of rule as the ledger — paired or
/// one-sample t tests over the reading's seeds, Holm within the claim, `allPass`, "not applicable"
/// at a common floor — on the contrasts the reading's runs allow (the ledger's ε_min trends need the
/// full grid, which readings do not run). Fig 1's claims use the same rule functions as the ledger
/// (`Figure1`) on the imbalanced run's trajectory, trained the sweep's T rather than Fig 1's longer T.
///
/// Each claim also has a primary effect per seed, oriented so that > 0 is the paper's direction;
/// the specification curve and the factorial effect estimates read it.
public enum MapClaims {
    /// Per-seed results of one reading, one array per role (index = seed slot).
    public struct Data {
        public var runs: [ReadingRuns.Role: [RunResult]]
        public var dominance: Double
        public init(runs: [ReadingRuns.Role: [RunResult]], dominance: Double) { self.runs = runs; self.dominance = dominance }

        func values(_ role: ReadingRuns.Role, _ metric: Metric) -> [Double] {
            (runs[role] ?? []).map { $0.diverged ? .nan : ($0.metrics[metric] ?? .nan) }
        }
        func ratio(_ role: ReadingRuns.Role) -> [Double] {
            zip(values(role, .coefMinority), values(role, .coefMajority)).map { $1 != 0 ? $0 / $1 : .nan }
        }
        var traces: [NeuronTrajectorySet] { (runs[.imbalanced] ?? []).map(NeuronTrajectorySet.init) }
    }

    /// A claim in the map: its id, its figure, the scope of factors that can affect it, and what its primary effect is.
    public struct Spec: Sendable {
        public var id: ClaimID
        /// The figure whose claim this is (the claim's section).
        public var figure: FigureID
        public var scope: ReadingChoice.Scope
        /// The primary effect in words with its unit, oriented (> 0 = the paper's direction).
        public var primaryLabel: String
    }

    /// Every claim of the map, in ledger order (long-tail is outside: it is a different experiment).
    public static let specs: [Spec] = [
        Spec(id: .threeStages, figure: .fig1, scope: .all, primaryLabel: "−log(noise norm(T1)/noise norm(0)) of the lucky majority neuron (> 0: the noise component shrinks in stage 1)"),
        Spec(id: .minorityLearnedLater, figure: .fig1, scope: .all, primaryLabel: "early log-growth majority − minority of the lucky neurons (> 0: minority grows slower)"),
        Spec(id: .minorityWeakerFewer, figure: .fig2, scope: .all, primaryLabel: "Δ coefficient ratio minority/majority, ε_min 0.1 → 1 (> 0: weaker under imbalance)"),
        Spec(id: .noiseHurtsMinority, figure: .fig3, scope: .all, primaryLabel: "−Δ minority max-cosine, lowest → highest NSR at ε_min 0.1 (> 0: noise hurts)"),
        Spec(id: .imbalanceHurtsRepresentation, figure: .fig4, scope: .all, primaryLabel: "Δ positive-pair cosine, ε_min 0.1 → 1 (> 0: imbalance hurts)"),
        Spec(id: .pruningRestoresMinority, figure: .fig6, scope: .pruning, primaryLabel: "Δ minority max-cosine, pruned − dense training at ε_min 0.1 (> 0: pruning helps)"),
    ]

    public static func spec(_ id: ClaimID) -> Spec? { specs.first { $0.id == id } }

    /// The claims of one reading and each claim's oriented primary effect per seed.
    public static func evaluate(_ d: Data) -> (claims: [PaperClaim], primary: [ClaimID: [Double]]) {
        var primary: [ClaimID: [Double]] = [:]
        let traces = d.traces
        let stages = Figure1.threeStages(traces, dominance: d.dominance)
        primary[.threeStages] = traces.map { t in
            guard let tr = t.majority, let i = Figure1.t1Index(t), tr.noise.count > i else { return .nan }
            return -Figure1.logRatio(tr.noise[i], tr.noise[0])
        }
        let later = Figure1.minorityLater(traces, epsRatio: ReadingRuns.eps)
        primary[.minorityLearnedLater] = traces.map { t in
            guard let a = t.majority, let b = t.minority, let w = Figure1.earlyWindow(a, b) else { return .nan }
            return Figure1.logRatio(a.dominant[w], a.dominant[0]) - Figure1.logRatio(b.dominant[w], b.dominant[0])
        }

        func paired(_ id: SubTestID, _ what: String, _ a: ReadingRuns.Role, _ b: ReadingRuns.Role, _ metric: Metric,
                    _ direction: ClaimedDirection) -> ClaimFamily.Check {
            .comparison(id: id, rule: "Paired Δ = \(what) (\(b.rawValue)) − (\(a.rawValue)) over the reading's seeds; claimed \(SyntheticClaims.word(direction)).",
                        Comparison.paired(a: d.values(a, metric), b: d.values(b, metric), direction: direction))
        }
        let weaker = claim(.minorityWeakerFewer, ClaimFamily.evaluate([
            paired(SubTestID(.alignedMinority), "aligned minority neurons", .imbalanced, .balanced, .alignedMinority, .increase),
            .comparison(id: SubTestID(.coefRatio), rule: "Paired Δ = coefficient ratio minority/majority (balanced) − (imbalanced); claimed higher.",
                        Comparison.paired(a: d.ratio(.imbalanced), b: d.ratio(.balanced), direction: .increase)),
            paired(SubTestID(.specialistsMinority), "minority specialist neurons", .imbalanced, .balanced, .specialistsMinority, .increase),
        ]))
        primary[.minorityWeakerFewer] = zip(d.ratio(.imbalanced), d.ratio(.balanced)).map { $1 - $0 }
        let noise = claim(.noiseHurtsMinority, ClaimFamily.evaluate([
            paired(SubTestID(.alignedMinority), "aligned minority neurons", .imbalanced, .noisy, .alignedMinority, .decrease),
            paired(SubTestID("max-cos-minority"), "minority max-cosine", .imbalanced, .noisy, .maxCosMinority, .decrease),
            paired(SubTestID("mse-minority"), "minority regression MSE", .imbalanced, .noisy, .regressionMSEMinority, .increase),
        ]))
        primary[.noiseHurtsMinority] = zip(d.values(.imbalanced, .maxCosMinority), d.values(.noisy, .maxCosMinority)).map { $0 - $1 }
        let representation = claim(.imbalanceHurtsRepresentation, ClaimFamily.evaluate([
            paired(SubTestID(.positivePairCosine), "positive-pair cosine", .imbalanced, .balanced, .positivePairCosine, .increase),
            paired(SubTestID("mse-minority"), "minority regression MSE", .imbalanced, .balanced, .regressionMSEMinority, .decrease),
        ]))
        primary[.imbalanceHurtsRepresentation] = zip(d.values(.imbalanced, .positivePairCosine), d.values(.balanced, .positivePairCosine)).map { $1 - $0 }
        let pruning = claim(.pruningRestoresMinority, ClaimFamily.evaluate([
            paired(SubTestID("max-cos-minority"), "minority max-cosine (dense W)", .imbalanced, .pruned, .maxCosMinority, .increase),
            paired(SubTestID(.specialistsMinority), "minority specialists (dense W)", .imbalanced, .pruned, .specialistsMinority, .increase),
            paired(SubTestID("mse-minority"), "minority regression MSE", .imbalanced, .pruned, .regressionMSEMinority, .decrease),
        ]))
        primary[.pruningRestoresMinority] = zip(d.values(.imbalanced, .maxCosMinority), d.values(.pruned, .maxCosMinority)).map { $1 - $0 }
        return ([stages, later, weaker, noise, representation, pruning], primary)
    }

    /// A map claim: the ledger claim's id with the map's sub-tests (the paper's words are the ledger's).
    static func claim(_ id: ClaimID, _ subs: [SubTest]) -> PaperClaim {
        PaperClaim(id: id, section: section(id), paperSays: "", reference: "", subTests: subs, rule: .allPass,
                   note: "Map form: paired over the reading's seeds at ε_min = 0.1 against the reading's balanced, noisy or pruned condition.")
    }

    static func section(_ id: ClaimID) -> FigureID {
        guard let spec = spec(id) else { preconditionFailure("map claim '\(id)' has no spec") }
        return spec.figure
    }
}
