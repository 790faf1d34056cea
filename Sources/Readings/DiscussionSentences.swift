import Claims
import Markup

/// The robustness part of the Discussion, generated from the map's effect estimates so that it
/// cannot contradict them: one sentence per claim (where it holds and what decides it) and one per
/// factor that moves at least one claim detectably (sign and size of each such main effect).
public enum DiscussionSentences {
    /// A sentence with the numbers it asserts (for the test that checks each sentence against them).
    public struct Sentence: Sendable, Equatable {
        public var text: String
        public var claimID: ClaimID?
        public var factor: Int?
        /// The signed estimate the sentence states, when it states one.
        public var estimate: Double?
        /// True when the sentence says the effect favours the paper's direction.
        public var saysFavours: Bool?
    }

    /// `trainPairs` fills the fixed-set level's size into its label.
    public static func make(_ map: RobustnessMap, trainPairs: Int? = nil) -> [Sentence] {
        var out: [Sentence] = []
        for row in map.rows {
            out.append(Sentence(text: "\(row.claimID): reproduces in \(row.passIn) of \(row.readingCount) readings; \(RobustnessMap.decidedBy(row)).",
                                claimID: row.claimID, factor: nil, estimate: nil, saysFavours: nil))
        }
        let choices = map.result.design.choices
        for (i, choice) in choices.enumerated() {
            let moved = map.rows.compactMap { row -> (ClaimID, EffectEstimate)? in
                guard let e = row.effects.first(where: { $0.kind == .main && $0.factors == [i] && $0.significant }) else { return nil }
                return (row.claimID, e)
            }
            guard !moved.isEmpty else { continue }
            let other = trainPairs.map { choice.alternativeLabel.replacingOccurrences(of: "trainPairs pairs", with: "\($0) pairs") } ?? choice.alternativeLabel
            let parts = moved.map { claim, e in
                "\(claim) \(NumberFormat.format(e.estimate, decimals: 3)) [95% CI \(NumberFormat.format(e.ciLow, decimals: 3)), \(NumberFormat.format(e.ciHigh, decimals: 3))] (\(e.estimate > 0 ? "towards" : "away from") the paper)"
            }
            // One sentence per factor; each (claim, estimate) it states is also recorded for the test.
            let text = "\(choice.title) (\(choice.defaultLabel) → \(other)) moves: " + parts.joined(separator: "; ") + "."
            for (claim, e) in moved {
                out.append(Sentence(text: text, claimID: claim, factor: i, estimate: e.estimate, saysFavours: e.estimate > 0))
            }
        }
        return out
    }
}
