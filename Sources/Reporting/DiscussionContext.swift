import LongTail

/// The `{{#discussion}}` section of the page (`templates/discussion.md`, ``DiscussionSection``):
/// every value that states a result, for the template's conditionals. The map's facts (`mapPresent`,
/// the sentences, `mapSeeds`) are nil when the results carry no robustness map.
struct DiscussionContext: SectionContext {
    static let key = "discussion"

    /// Fig 1 convergence of the lucky minority neuron.
    struct Trajectory: Encodable {
        let seeds: String
        let minorityReached: String
        let allReached: Bool
        let noneReached: Bool
        /// "seed 3: 0.85×, …" for the seeds that did not reach stage 3.
        let shortfall: String
        let steps: String
        let dominance: String
    }

    /// The σ² confound: σ² at NSR = 1 at the lowest ε_min and at ε_min = 1, and their ratio.
    struct Sigma: Encodable {
        let low: String
        let one: String
        let epsLow: String
        let ratio: String
    }

    /// One sentence of a list, `{{text}}`.
    struct Sentence: Encodable {
        let text: String
    }

    /// The long-tail claims: how many, how many PASS, whether there are any.
    struct LongTailClaims: Encodable {
        let count: String
        let pass: String
        let present: Bool
    }

    /// The robustness map's facts (``DiscussionSection/readingFacts(_:trainPairs:)``).
    struct MapFacts: Encodable {
        let mapSentences: [Sentence]
        let factorSentences: [Sentence]
        let anyFactor: Bool
        let mapSeeds: String
    }

    let trajectory: Trajectory
    let sigma: Sigma
    let mapSentences: [Sentence]?
    let factorSentences: [Sentence]?
    let anyFactor: Bool?
    let mapPresent: Bool?
    let mapSeeds: String?
    let longTailClaims: LongTailClaims
    let sensitivityRuns: Bool

    /// The section's values; the map's facts flat beside the others (`{{mapSeeds}}`), nil without a map.
    init(trajectory: Trajectory, sigma: Sigma, map: MapFacts?, longTailClaims: LongTailClaims, sensitivityRuns: Bool) {
        self.trajectory = trajectory
        self.sigma = sigma
        mapSentences = map?.mapSentences
        factorSentences = map?.factorSentences
        anyFactor = map?.anyFactor
        mapPresent = map.map { _ in true }
        mapSeeds = map?.mapSeeds
        self.longTailClaims = longTailClaims
        self.sensitivityRuns = sensitivityRuns
    }
}
