/// A rectangle in SVG user units (the plot area of a chart or panel).
struct PlotRect: Equatable {
    var left: Double
    var top: Double
    var width: Double
    var height: Double

    var right: Double { left + width }
    var bottom: Double { top + height }
    var centerX: Double { left + width / 2 }
    var centerY: Double { top + height / 2 }
}
