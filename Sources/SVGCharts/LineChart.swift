/// A line chart: one or more ``Series`` over shared x and y axes, with optional shaded bands,
/// shaded x-ranges and vertical reference lines.
public struct LineChart: Sendable, Equatable {
    /// Identifier used as prefix of every id in the SVG (`<id>-<kind>-<n>`) and as file name.
    public var id: String
    /// Title shown above the plot and used as the SVG `<title>`.
    public var title: String
    /// What the chart shows, in a sentence; starts the SVG `<desc>`.
    public var description: String
    /// Horizontal axis.
    public var xAxis: Axis
    /// Vertical axis.
    public var yAxis: Axis
    /// The lines, drawn in order (later on top).
    public var series: [Series]
    /// Meaning of the shaded band, e.g. "shaded band: ±1 std over 3 seeds"; `nil` = no bands drawn.
    public var bandDescription: String?
    /// Background stripes with labels, drawn behind the data.
    public var shadedRanges: [ShadedRange]
    /// Vertical lines with labels.
    public var referenceLines: [ReferenceLine]
    /// Horizontal lines with labels (e.g. the baseline level or zero effect); the y axis includes them.
    public var referenceLevels: [ReferenceLevel]
    /// In ``SmallMultiples``: heading of the group this panel belongs to, printed across the grid
    /// above the row where the group starts (e.g. the metric of a row of panels); ignored alone.
    public var group: String?
    /// In ``SmallMultiples``: the panel is framed and its title marked, e.g. the one the verdict reads.
    public var emphasised: Bool
    /// What the paper predicts for this panel, drawn beside the data (``PaperGuide``); nil = none.
    public var guide: PaperGuide?

    /// A line chart; see the properties for the meaning of each argument.
    public init(id: String, title: String, description: String, xAxis: Axis, yAxis: Axis, series: [Series],
                bandDescription: String? = nil, shadedRanges: [ShadedRange] = [], referenceLines: [ReferenceLine] = [],
                referenceLevels: [ReferenceLevel] = [], group: String? = nil, emphasised: Bool = false,
                guide: PaperGuide? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.bandDescription = bandDescription
        self.shadedRanges = shadedRanges
        self.referenceLines = referenceLines
        self.referenceLevels = referenceLevels
        self.group = group
        self.emphasised = emphasised
        self.guide = guide
    }
}
