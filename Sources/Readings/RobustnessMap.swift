import Claims
import Markup

/// What the page says per claim, computed from `ReadingsResult`: in how many readings the claim
/// reproduces (PASS), which effects decide it (the largest Holm-significant main effect and
/// two-factor interaction of its primary effect), its verdict at the default reading and its
/// favourable reading's verdict on fresh seeds.
public struct RobustnessMap: Sendable {
    public struct Row: Sendable {
        public var claimID: ClaimID
        public var primaryLabel: String
        /// Readings that count for the claim (distinct in the factors that can affect it).
        public var readingCount: Int
        public var passIn: Int, failIn: Int, inconclusiveIn: Int
        public var defaultVerdict: Verdict?
        public var favourableID: String?
        public var confirmedVerdict: Verdict?
        public var confirmedEffect: Comparison?
        public var effects: [EffectEstimate]
        public var decidingMain: EffectEstimate?
        public var decidingInteraction: EffectEstimate?
        /// Factor indices that can affect the claim.
        public var relevantFactors: [Int]
    }

    public var rows: [Row]
    public var result: ReadingsResult

    public init(_ r: ReadingsResult) {
        result = r
        rows = r.analyses.map { a in
            let relevant = Set(a.relevantFactors)
            // Readings distinct in the relevant factors (all of them for the declared designs).
            var seen = Set<[Bool]>(), counted: [ReadingEvaluation] = []
            for e in r.evaluations {
                let key = r.design.choices.indices.filter(relevant.contains).map { e.reading.usesAlternative(r.design.choices[$0]) }
                if seen.insert(key).inserted { counted.append(e) }
            }
            let verdicts = counted.compactMap { $0.claim(a.claimID)?.verdict }
            let confirmation = a.favourableID.flatMap { r.confirmation($0) }
            let d = EffectAnalysis.deciding(a.effects)
            return Row(claimID: a.claimID, primaryLabel: a.primaryLabel, readingCount: counted.count,
                       passIn: verdicts.filter { $0 == .pass }.count, failIn: verdicts.filter { $0 == .fail }.count,
                       inconclusiveIn: verdicts.filter { $0 == .inconclusive }.count,
                       defaultVerdict: r.defaultEvaluation?.claim(a.claimID)?.verdict,
                       favourableID: a.favourableID, confirmedVerdict: confirmation?.claim(a.claimID)?.verdict,
                       confirmedEffect: confirmation?.effects[a.claimID], effects: a.effects,
                       decidingMain: d.main, decidingInteraction: d.interaction, relevantFactors: a.relevantFactors)
        }
    }

    public func row(_ claimID: ClaimID) -> Row? { rows.first { $0.claimID == claimID } }

    /// "decided by Dictionary M (+0.120 [0.080, 0.160]) and Dictionary M × Pruned views (…)", or the
    /// statement that no effect is detectable.
    /// `withEffects: false` names the factors only (the Summary's table; the numbers are in the map).
    public static func decidedBy(_ row: Row, withEffects: Bool = true) -> String {
        func one(_ e: EffectEstimate) -> String {
            guard withEffects else { return e.label }
            return "\(e.label) (\(NumberFormat.format(e.estimate, decimals: 3)) [95% CI \(NumberFormat.format(e.ciLow, decimals: 3)), \(NumberFormat.format(e.ciHigh, decimals: 3))])"
        }
        switch (row.decidingMain, row.decidingInteraction) {
        case let (m?, i?): return "decided by \(one(m)) and \(one(i))"
        case let (m?, nil): return "decided by \(one(m))" + (withEffects ? "; no two-factor interaction is detectable" : "")
        case let (nil, i?): return "decided by the interaction \(one(i)); no main effect is detectable"
        case (nil, nil): return "no main effect or two-factor interaction is detectable (Holm, α = 0.05)"
        }
    }
}
