/// A specification curve (Simonsohn, Simmons & Nelson 2020): one estimate with its interval per
/// specification (here: per reading), sorted by the estimate, with a zero line; below it, aligned
/// column for column, one row per choice marking which alternative each specification uses.
public struct SpecificationCurve: Sendable, Equatable {
    /// One specification (a column).
    public struct Column: Sendable, Equatable {
        public var label: String
        public var estimate: Double
        public var low: Double
        public var high: Double
        /// Verdict text ("PASS", "FAIL", "INCONCLUSIVE"): picks the colour and is printed in the data table.
        public var verdict: String
        /// One flag per `choiceRows` entry: true when this specification uses that choice's alternative.
        public var alternatives: [Bool]
        public init(label: String, estimate: Double, low: Double, high: Double, verdict: String, alternatives: [Bool]) {
            self.label = label; self.estimate = estimate; self.low = low; self.high = high
            self.verdict = verdict; self.alternatives = alternatives
        }
    }

    public var id: String
    public var title: String
    public var description: String
    /// What the estimate is, with its unit (the y-axis title).
    public var yTitle: String
    /// Names of the choices, one row each in the bottom panel (e.g. "Training data: fixed set").
    public var choiceRows: [String]
    /// Columns in any order; the renderer sorts them by estimate (non-finite last).
    public var columns: [Column]
    public var intervalDescription: String

    public init(id: String, title: String, description: String, yTitle: String, choiceRows: [String],
                columns: [Column], intervalDescription: String) {
        precondition(columns.allSatisfy { $0.alternatives.count == choiceRows.count },
                     "SpecificationCurve \(id): every column needs one flag per choice row")
        self.id = id; self.title = title; self.description = description; self.yTitle = yTitle
        self.choiceRows = choiceRows; self.columns = columns; self.intervalDescription = intervalDescription
    }

    /// Columns sorted by estimate (ascending; non-finite estimates last, ties keep the given order).
    public var sortedColumns: [Column] {
        columns.enumerated().sorted { a, b in
            let x = a.element.estimate, y = b.element.estimate
            switch (x.isFinite, y.isFinite) {
            case (true, true): return x != y ? x < y : a.offset < b.offset
            case (true, false): return true
            case (false, true): return false
            case (false, false): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
