/// A grid of line-chart panels with shared scales and one legend.
///
/// The x scale is always shared; the y scale is shared when `sharedY`. Panel ids are not used
/// in the SVG (every id is derived from this chart's `id`); panel titles label the panels.
public struct SmallMultiples: Sendable, Equatable {
    /// Identifier used as prefix of every id in the SVG.
    public var id: String
    /// Title shown above the grid.
    public var title: String
    /// What the figure shows; starts the SVG `<desc>`.
    public var description: String
    /// The panels, filled row by row. Axes titles and scales come from the first panel.
    public var panels: [LineChart]
    /// Number of panels per row (at least 1).
    public var columns: Int
    /// Whether all panels use one y scale.
    public var sharedY: Bool

    /// A small-multiples figure; see the properties for the meaning of each argument.
    public init(id: String, title: String, description: String, panels: [LineChart], columns: Int, sharedY: Bool = true) {
        self.id = id
        self.title = title
        self.description = description
        self.panels = panels
        self.columns = columns
        self.sharedY = sharedY
    }
}
