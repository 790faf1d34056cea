import Markup

/// What the paper predicts, drawn on one panel beside the data: an arrow glyph and a label
/// ("paper expects …") in a strip row above the plot; for a ``Mark/side(y:above:)`` the expected
/// side of the level hatched behind the data, for an ``Mark/after(x:)`` a dotted line at x and an
/// arrow from it to the right edge along the top of the plot. The strip row comes out of the plot's
/// height, so a guide leaves the figure's size unchanged. Drawn in the muted
/// grey of reference lines (the same in every palette, and recoloured in dark mode), so it never
/// competes with a series colour and survives colour-vision deficiencies.
public struct PaperGuide: Sendable, Equatable {
    /// How the expectation is marked.
    public enum Mark: Sendable, Equatable {
        /// The curves should rise (`rising`) or fall along x: an arrow ↗ or ↘ before the label.
        case trend(rising: Bool)
        /// One series should lie above (`above`) or below another: an arrow ↑ or ↓ before the label.
        case order(above: Bool)
        /// Values should lie above (`above`) or below the level `y` (e.g. zero effect): an arrow ↑
        /// or ↓ before the label, and the expected side of `y` hatched. Pair it with a
        /// ``ReferenceLevel`` at `y` to draw and label the level itself.
        case side(y: Double, above: Bool)
        /// An event should come after `x` (e.g. the minority neuron separates after the majority
        /// one did): an arrow → before the label, a dotted line at `x` and an arrow from it to the
        /// plot's right edge.
        case after(x: Double)
    }

    /// The expectation's shape on the plot.
    public var mark: Mark
    /// The label, e.g. "paper expects: rises with ε_min"; one line, short enough for the panel.
    public var text: String

    /// A guide marking `mark`, labelled `text`.
    public init(mark: Mark, text: String) {
        self.mark = mark
        self.text = text
    }

    /// The x a `after` guide marks (the x axis includes it).
    var anchorX: Double? {
        if case .after(let x) = mark { return x }
        return nil
    }

    /// The level a `side` guide marks (the y axis includes it).
    var anchorY: Double? {
        if case .side(let y, _) = mark { return y }
        return nil
    }

    /// The guide in words for the chart's `<desc>`.
    var summary: String {
        switch mark {
        case .trend(let rising): "\(text) (arrow \(rising ? "rising" : "falling") along x)"
        case .order(let above): "\(text) (arrow pointing \(above ? "up" : "down"))"
        case .side(let y, let above): "\(text) (hatched: the side \(above ? "above" : "below") \(NumberFormat.compact(y)))"
        case .after(let x): "\(text) (arrow: after x = \(NumberFormat.compact(x)))"
        }
    }
}
