/// The `{{#robustness}}` section of the page (`templates/robustness.md`, ``RobustnessFigure``): the
/// design of the map, its tables as block tokens, and one entry per claim. Absent when the results
/// carry no robustness map.
struct RobustnessContext: SectionContext {
    static let key = "robustness"

    /// One claim of the map, `{{#claims}}…{{/claims}}`.
    struct Claim: Encodable {
        let id: String
        let paperSays: String
        let reference: String
        /// The claim's primary effect, in words.
        let primary: String
        let passIn: String
        let failIn: String
        let inconclusiveIn: String
        let readingCount: String
        /// The verdict at the default reading ("n/a" without one).
        let defaultVerdict: String
        let decidedBy: String
        /// The favourable reading's id ("none" without one; `hasFavourable`).
        let favourable: String
        let confirmedVerdict: String
        let confirmedEffect: String
        /// Every factor of the design is relevant to the claim (the pruning claim).
        let pruningOnly: Bool
        let relevantCount: String
        /// The Pareto chart and the specification curve as one pair (a block token).
        let figures: String
        let hasFavourable: Bool
    }

    let readingCount: String
    let factorCount: String
    let baseCount: String
    /// The design's resolution in Roman numerals.
    let resolution: String
    let generators: String
    let relation: String
    let relationCount: String
    let shortestCount: String
    let seedsSearch: String
    let searchSeeds: String
    let seedsConfirm: String
    let claimCount: String
    /// The decision-space table (a block token).
    let choicesTable: String
    /// The map runs at another size than the figures (`mapSize`, `mapProfile`).
    let mapAtOtherSize: Bool
    let mapSize: String
    let mapProfile: String
    /// The readings × claims table (a block token).
    let map: String
    let claims: [Claim]
}
