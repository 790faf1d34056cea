import Claims
import Experiments

/// The robustness map's part of `results.json`: the declared design, every reading's evaluation on
/// the search seeds, each claim's estimated main and interaction effects, and the favourable
/// reading of each claim with its confirmation on fresh seeds.
public struct ReadingsResult: Codable, Sendable, Equatable {
    /// One claim's factorial analysis.
    public struct ClaimAnalysis: Codable, Sendable, Equatable {
        public var claimID: ClaimID
        public var scope: ReadingChoice.Scope
        public var primaryLabel: String
        /// Factor indices that can affect the claim.
        public var relevantFactors: [Int]
        public var effects: [EffectEstimate]
        /// The favourable reading's id on the search seeds, and its confirmation's claim and effect.
        public var favourableID: String?
    }

    public var design: MapDesign
    /// The defining relation in words, e.g. ["I = −ABCDF", …] (empty for a full factorial).
    public var definingRelation: [String]
    public var resolution: Int
    /// One per design run, standard order, search seeds.
    public var evaluations: [ReadingEvaluation]
    public var analyses: [ClaimAnalysis]
    /// The favourable readings re-run on fresh seeds (distinct readings, design order).
    public var confirmations: [ReadingEvaluation]

    public init(design: MapDesign, evaluations: [ReadingEvaluation], analyses: [ClaimAnalysis], confirmations: [ReadingEvaluation]) {
        self.design = design; self.evaluations = evaluations; self.analyses = analyses; self.confirmations = confirmations
        let d = design.design
        definingRelation = d.definingRelation.map { "I = \($0.sign < 0 ? "−" : "")\(FactorialDesign.name($0.factors))" }
        resolution = d.resolution
    }

    public var defaultEvaluation: ReadingEvaluation? { evaluations.first { $0.reading.alternatives.isEmpty } }
    public func evaluation(_ id: String) -> ReadingEvaluation? { evaluations.first { $0.reading.id == id } }
    public func confirmation(_ id: String) -> ReadingEvaluation? { confirmations.first { $0.reading.id == id } }
    public func analysis(_ claimID: ClaimID) -> ClaimAnalysis? { analyses.first { $0.claimID == claimID } }
}
