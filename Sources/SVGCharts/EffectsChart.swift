/// A Pareto chart of estimated factorial effects (Daniel 1959; Box, Hunter & Hunter 2005, ch. 5–6)
/// for one claim: one horizontal bar per main effect or interaction, from zero to its estimate,
/// with its interval as a whisker, sorted by the size of the estimate |estimate| (largest on top),
/// so the few effects that matter stand out from the many that do not.
public struct EffectsChart: Sendable, Equatable {
    /// Whether an effect is a main effect of one factor or an interaction of several.
    public enum Kind: String, Sendable {
        case main, interaction
    }

    /// One estimated effect (a bar).
    public struct Bar: Sendable, Equatable {
        /// The effect's name ("Dictionary M", "Training data × Bias start", or an alias chain);
        /// long labels are truncated on the chart with the full text in a `<title>`.
        public var label: String
        public var kind: Kind
        /// The effect on the claim's effect scale (positive = the paper's direction).
        public var estimate: Double
        /// The interval's ends; when either is not finite the bar gets no whisker.
        public var low: Double
        public var high: Double
        /// Whether the interval (after Holm's adjustment) excludes 0: drawn filled, else hollow.
        public var significant: Bool

        public init(label: String, kind: Kind, estimate: Double, low: Double, high: Double, significant: Bool) {
            self.label = label; self.kind = kind; self.estimate = estimate
            self.low = low; self.high = high; self.significant = significant
        }
    }

    public var id: String
    public var title: String
    public var description: String
    /// What the effect is, with its unit (the x-axis title).
    public var xTitle: String
    /// Bars in any order; the renderer sorts them (see ``sortedBars``).
    public var bars: [Bar]
    /// At most this many bars are drawn (the largest); a footnote counts the others.
    public var maxBars: Int
    /// What the whiskers are (printed as a note below the legend).
    public var intervalDescription: String

    /// - Precondition: `maxBars ≥ 1`.
    public init(id: String, title: String, description: String, xTitle: String, bars: [Bar], maxBars: Int,
                intervalDescription: String) {
        precondition(maxBars >= 1, "EffectsChart \(id): maxBars must be at least 1, got \(maxBars)")
        self.id = id; self.title = title; self.description = description; self.xTitle = xTitle
        self.bars = bars; self.maxBars = maxBars; self.intervalDescription = intervalDescription
    }

    /// Bars sorted by |estimate| descending; non-finite estimates last; ties keep the given order.
    public var sortedBars: [Bar] {
        bars.enumerated().sorted { a, b in
            let x = Swift.abs(a.element.estimate), y = Swift.abs(b.element.estimate)
            switch (x.isFinite, y.isFinite) {
            case (true, true): return x != y ? x > y : a.offset < b.offset
            case (true, false): return true
            case (false, true): return false
            case (false, false): return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// The bars drawn: the first ``maxBars`` of ``sortedBars``.
    public var shownBars: [Bar] { Array(sortedBars.prefix(maxBars)) }

    /// How many bars are left out of the drawing (they are still in the data table).
    public var hiddenCount: Int { Swift.max(0, bars.count - maxBars) }
}
