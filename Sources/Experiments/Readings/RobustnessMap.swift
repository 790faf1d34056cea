/// The robustness map computed from `ReadingsResult`: rows = claims, columns = readings (default,
/// one change at a time, then the favourable reading's confirmation on fresh seeds). Per claim it
/// answers: does it reproduce under the default reading, under any declared reading, and which
/// choice decides it (the choice whose alternative moves the claim's effect estimate furthest from
/// the default's, holding every other choice at its default).
public struct RobustnessMap: Sendable {
    public struct Column: Sendable {
        public var evaluation: ReadingEvaluation
        /// True for the favourable reading re-run on fresh seeds.
        public var isConfirmation: Bool
    }

    public struct Row: Sendable {
        public var claimID: String
        public var paperSays: String
        public var reference: String
        /// One per column; nil where the reading has no such claim.
        public var cells: [PaperClaim?]
        /// Verdict counts over the declared readings (search seeds; the confirmation column excluded).
        public var passIn: Int, failIn: Int, inconclusiveIn: Int, declaredCount: Int
        public var defaultVerdict: Verdict?
        public var confirmedVerdict: Verdict?
        /// The deciding choice and the distance |Δ(alternative) − Δ(default)| of the claim's effect
        /// estimate (NaN when the claim has no effect estimate: then the first choice that flips the verdict).
        public var decidingChoice: ReadingChoice?
        public var decidingSpread: Double
        /// Whether the deciding choice's alternative changes the verdict.
        public var decidingFlips: Bool
        public var effectID: String?
    }

    public var columns: [Column]
    public var rows: [Row]
    public var result: ReadingsResult

    public init(_ r: ReadingsResult) {
        result = r
        let declaredIDs = Set(Reading.declared.map(\.id))
        let declared = r.evaluations.filter { declaredIDs.contains($0.reading.id) }
        let columns = declared.map { Column(evaluation: $0, isConfirmation: false) } + [Column(evaluation: r.confirmation, isConfirmation: true)]
        self.columns = columns
        var ids: [String] = []
        for c in columns { for claim in c.evaluation.claims where !ids.contains(claim.id) { ids.append(claim.id) } }
        let base = r.defaultEvaluation
        rows = ids.map { id in
            let cells = columns.map { $0.evaluation.claim(id) }
            let first = cells.compactMap { $0 }.first!
            let verdicts = declared.compactMap { $0.claim(id)?.verdict }
            let effectID = ReadingClaims.effectOfClaim[id]
            var best: ReadingChoice?, spread = -1.0, flips = false
            let defaultVerdict = base?.claim(id)?.verdict
            for choice in r.choices {
                guard let single = r.evaluation(Reading(alternatives: [choice.id]).id) else { continue }
                let changes = single.claim(id)?.verdict != defaultVerdict
                if let e = effectID, let a = base?.effects[e]?.estimate, let b = single.effects[e]?.estimate, a.isFinite, b.isFinite {
                    if abs(b - a) > spread { spread = abs(b - a); best = choice; flips = changes }
                } else if best == nil, changes {
                    best = choice; flips = true
                }
            }
            return Row(claimID: id, paperSays: first.paperSays, reference: first.reference, cells: cells,
                       passIn: verdicts.filter { $0 == .pass }.count, failIn: verdicts.filter { $0 == .fail }.count,
                       inconclusiveIn: verdicts.filter { $0 == .inconclusive }.count, declaredCount: declared.count,
                       defaultVerdict: defaultVerdict, confirmedVerdict: r.confirmation.claim(id)?.verdict,
                       decidingChoice: best, decidingSpread: spread >= 0 ? spread : .nan, decidingFlips: flips, effectID: effectID)
        }
    }

    /// The declared readings' evaluations (search seeds), default first.
    public var declared: [ReadingEvaluation] { columns.filter { !$0.isConfirmation }.map(\.evaluation) }
}
