/// How one series (or bar group) is drawn: colour, dash pattern, marker, and whether it is the
/// ghosted "A" side of an overlay.
public struct SeriesStyle: Sendable, Equatable {
    /// Index into ``ChartStyle/palette``.
    public var colorIndex: Int
    /// SVG `stroke-dasharray`, or nil for a solid line.
    public var dash: String?
    /// Marker shape at the points.
    public var marker: MarkerShape
    /// Drawn at reduced opacity with a dash (the "A" side of an overlay).
    public var ghosted: Bool

    /// A style with palette colour `colorIndex`, dash `dash` (nil = solid), `marker`, not ghosted.
    public init(colorIndex: Int, dash: String?, marker: MarkerShape, ghosted: Bool = false) {
        precondition(ChartStyle.palette.indices.contains(colorIndex), "SeriesStyle: colour index \(colorIndex) outside the palette")
        self.colorIndex = colorIndex
        self.dash = dash
        self.marker = marker
        self.ghosted = ghosted
    }

    /// The colour as `#RRGGBB`.
    public var color: String { ChartStyle.palette[colorIndex] }
}
