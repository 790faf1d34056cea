import Claims
import Experiments
import Learning

/// One reading run on one block of seeds: its claims in map form (`MapClaims`) and each claim's
/// oriented primary effect, per seed and as a one-sample interval (> 0 = the paper's direction).
public struct ReadingEvaluation: Codable, Sendable, Equatable {
    public var reading: Reading
    public var firstSeed: Int
    public var seeds: Int
    public var claims: [PaperClaim]
    /// Claim id → the primary effect per seed slot (NaN where a run diverged).
    public var primary: [ClaimID: [Double]]
    /// Claim id → the primary effect's mean with its 95% Student-t interval over seeds.
    public var effects: [ClaimID: Comparison]

    public init(reading: Reading, firstSeed: Int, seeds: Int, claims: [PaperClaim], primary: [ClaimID: [Double]]) {
        self.reading = reading; self.firstSeed = firstSeed; self.seeds = seeds; self.claims = claims; self.primary = primary
        effects = primary.mapValues { v in Comparison.paired(a: v.map { _ in 0 }, b: v, direction: .increase) }
    }

    public init(runs: ReadingRuns, data: MapClaims.Data) {
        let e = MapClaims.evaluate(data)
        self.init(reading: runs.reading, firstSeed: runs.firstSeed, seeds: runs.seeds, claims: e.claims, primary: e.primary)
    }

    public func claim(_ id: ClaimID) -> PaperClaim? { claims.first { $0.id == id } }

    /// "1–5".
    public var seedLabel: String { seeds == 1 ? "\(firstSeed)" : "\(firstSeed)–\(firstSeed + seeds - 1)" }
}
