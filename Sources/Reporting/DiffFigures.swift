import Experiments

/// One figure of the diff page: A and B drawn in one SVG.
public struct DiffFigure: Sendable, Equatable {
    public var id: String
    public var title: String
    /// The inline `<svg>` element.
    public var svg: String
    /// The HTML data table behind the chart ("" for none).
    public var dataTable: String
    public var caption: String

    public init(id: String, title: String, svg: String, dataTable: String, caption: String) {
        self.id = id; self.title = title; self.svg = svg; self.dataTable = dataTable; self.caption = caption
    }
}

/// The figures of two runs redrawn as overlays (A faded and dashed, B solid).
public enum DiffFigures {
    /// The figure ids of one run. (Placeholder until `FigureBuilder` lands on main.)
    public static func ids(_ results: ReportResults) -> [String] { [] }

    /// Overlays of the figures both runs have, in B's order, and notes on the ones skipped.
    public static func overlays(_ a: DiffInput, _ b: DiffInput) -> (figures: [DiffFigure], notes: [String]) {
        ([], [])
    }
}
