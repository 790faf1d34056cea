import Learning

extension Metric {
    /// The weight-based metric `kind` on `view`'s weights: the metric named like `kind`, with
    /// `Masked` appended for the masked weights (`maxCosMinority`, `maxCosMinorityMasked`).
    public init(_ kind: WeightMetric, on view: WeightView) {
        guard let metric = Metric(rawValue: kind.rawValue + view.metricSuffix) else {
            preconditionFailure("Metric has no case \(kind.rawValue + view.metricSuffix)")
        }
        self = metric
    }

    /// The eight weight-based metrics on `view`'s weights, in `WeightMetric`'s order.
    public static func weightMetrics(on view: WeightView) -> [Metric] {
        WeightMetric.allCases.map { Metric($0, on: view) }
    }

    /// Which weight-based metric on which weights this is; nil for the other metrics.
    public var weightMetric: (kind: WeightMetric, view: WeightView)? { Self.weightParts[self] }

    private static let weightParts: [Metric: (kind: WeightMetric, view: WeightView)] = {
        var parts: [Metric: (kind: WeightMetric, view: WeightView)] = [:]
        for view in WeightView.allCases {
            for kind in WeightMetric.allCases { parts[Metric(kind, on: view)] = (kind, view) }
        }
        return parts
    }()
}

extension WeightView {
    /// What `Metric`'s raw value appends to the weight metric's name.
    var metricSuffix: String {
        switch self {
        case .dense: ""
        case .masked: "Masked"
        }
    }
}
