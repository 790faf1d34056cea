/// The robustness part of `results.json`: every reading's evaluation on the search seeds (the
/// declared readings, then the searched combination if any), the favourable reading the search
/// chose and its confirmation on fresh seeds.
public struct ReadingsResult: Codable, Sendable, Equatable {
    public var choices: [ReadingChoice]
    /// Declared readings (default first, then one change at a time), then the searched combination.
    public var evaluations: [ReadingEvaluation]
    /// How many readings the search compared (all of `evaluations`).
    public var searched: Int
    /// The reading the search found most favourable (most PASS, then fewest FAIL) on the search seeds.
    public var favourableID: String
    /// The favourable reading re-run on fresh seeds: the verdicts the map shows for it.
    public var confirmation: ReadingEvaluation

    public init(choices: [ReadingChoice], evaluations: [ReadingEvaluation], favourableID: String, confirmation: ReadingEvaluation) {
        self.choices = choices; self.evaluations = evaluations; searched = evaluations.count
        self.favourableID = favourableID; self.confirmation = confirmation
    }

    public var defaultEvaluation: ReadingEvaluation? { evaluations.first { $0.reading.id == Reading.defaultReading.id } }
    public func evaluation(_ id: String) -> ReadingEvaluation? { evaluations.first { $0.reading.id == id } }
}
