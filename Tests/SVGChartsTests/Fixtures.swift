@testable import SVGCharts

/// Sample charts used by the snapshot and rendering tests. Values come from plain rational
/// formulas so they are the same on every machine.
extension Chart {
    var lineChart: LineChart? { if case .line(let c) = self { return c } else { return nil } }
}

enum Fixtures {
    static func curve(_ scale: Double, _ rate: Double, spread: Double, count: Int = 41) -> [DataPoint] {
        (0..<count).map { i in
            let x = Double(i) * 25
            let y = 0.4 + scale / (1 + rate * Double(i))
            let s = spread / (1 + 0.05 * Double(i))
            return DataPoint(x: x, y: y, lower: y - s, upper: y + s)
        }
    }

    static let lineWithBands = LineChart(
        id: "fig-loss",
        title: "InfoNCE loss during training",
        description: "Mean training loss of the BReLU encoder and the linear baseline per step",
        xAxis: Axis(title: "training step"),
        yAxis: Axis(title: "loss (nats)"),
        series: [
            Series(key: "brelu", label: "BReLU encoder", points: curve(3.2, 0.15, spread: 0.35)),
            Series(key: "linear", label: "linear baseline", points: curve(2.6, 0.05, spread: 0.2)),
        ],
        bandDescription: "shaded band: ±1 std over 3 seeds",
        shadedRanges: [ShadedRange(from: 0, to: 200, label: "warm-up"),
                       ShadedRange(from: 200, to: 700, label: "bias schedule"),
                       ShadedRange(from: 700, to: 1000, label: "pruning")],
        referenceLines: [ReferenceLine(x: 450, label: "bias = −1")]
    )

    static let logX = LineChart(
        id: "fig-lr",
        title: "Final accuracy vs learning rate",
        description: "Linear-probe accuracy after training, per learning rate",
        xAxis: Axis(title: "learning rate", scale: .log10),
        yAxis: Axis(title: "probe accuracy (%)", min: 0, max: 100),
        series: [
            Series(key: "sgd", label: "SGD", points: zip([0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0],
                                                         [12.0, 25.5, 48.0, 71.2, 83.9, 88.1, 86.0, .nan, 10.0])
                .map { DataPoint(x: $0.0, y: $0.1) }),
            Series(key: "sgd-momentum", label: "SGD + momentum", points: zip([0.0001, 0.001, 0.01, 0.1, 1.0],
                                                                             [20.0, 61.0, 90.5, 79.0, 9.5])
                .map { DataPoint(x: $0.0, y: $0.1) }),
        ]
    )

    static let bars = BarChart(
        id: "tab-probe",
        title: "Linear-probe accuracy by dataset",
        description: "Test accuracy of a linear probe on frozen features",
        categories: ["MNIST", "CIFAR-10", "CIFAR-10 (long-tailed)"],
        groups: [
            BarGroup(key: "brelu", label: "BReLU encoder", values: [97.8, 61.2, 48.9], errors: [0.2, 1.1, 2.4]),
            BarGroup(key: "linear", label: "linear baseline", values: [91.5, 39.8, 30.2], errors: [0.4, 0.9, 1.7]),
            BarGroup(key: "random", label: "random features", values: [85.0, 30.1, 22.6], errors: [1.0, 1.5, 1.3]),
        ],
        yAxis: Axis(title: "accuracy (%)"),
        errorDescription: "error bars: ±1 std over 5 seeds"
    )

    static func decay(_ k: Double) -> [DataPoint] {
        (0...20).map { i in
            let y = 100 / (1 + k * Double(i))
            return DataPoint(x: Double(i), y: y, lower: 0.95 * y, upper: y + 4)
        }
    }

    static func drop(_ k: Double) -> [DataPoint] {
        (0...20).map { i in DataPoint(x: Double(i), y: 60 - k * Double(i)) }
    }

    static func panel(_ title: String, _ k: Double) -> LineChart {
        LineChart(id: "p-\(title)", title: title, description: "Sparsity at bias \(title)",
                  xAxis: Axis(title: "epoch"), yAxis: Axis(title: "active units (%)"),
                  series: [
                      Series(key: "brelu", label: "BReLU encoder", points: decay(k)),
                      Series(key: "relu", label: "ReLU encoder", points: drop(k)),
                  ],
                  bandDescription: "shaded band: min–max over 3 seeds")
    }

    static let multiples = SmallMultiples(
        id: "fig-sparsity",
        title: "Active units per bias value",
        description: "Fraction of active hidden units during training, one panel per bias",
        panels: [panel("b = 0", 0.1), panel("b = −0.5", 0.3), panel("b = −1", 0.8), panel("b = −2", 1.5)],
        columns: 2
    )

    /// One row per metric (a panel group), one column per variant: each panel the variant against
    /// its baseline with explicit styles, the first column emphasised, a count row with floored
    /// 95 % CI bands and a horizontal reference level, and a title long enough to wrap.
    static var groupedPairs: SmallMultiples {
        let base = SeriesStyle(colorIndex: 0, dash: "7 3", marker: .circle)
        let variants = [SeriesStyle(colorIndex: 5, dash: nil, marker: .triangle), SeriesStyle(colorIndex: 6, dash: nil, marker: .diamond)]
        var panels: [LineChart] = []
        for (metric, count) in [("cosine", false), ("count", true)] {
            for (i, style) in variants.enumerated() {
                let band: BandKind = count ? .confidenceInterval95(floor: 0) : .standardDeviation
                let pts: (Double) -> [DataPoint] = { k in
                    (0...6).map { j in
                        let y = count ? k * Double(j) : 0.2 + k * Double(j) / 10
                        return DataPoint(x: Double(j), y: y, lower: y - 2, upper: y + 2)
                    }
                }
                panels.append(LineChart(
                    id: "g-\(metric)-\(i)", title: i == 0 ? "variant \(i) with a long name (lead: decides the claim)" : "variant \(i)",
                    description: "\(metric) of variant \(i) against the baseline", xAxis: Axis(title: "step"),
                    yAxis: Axis(title: metric, min: count ? 0 : nil),
                    series: [Series(key: "base", label: "baseline", points: pts(0.5), band: band, style: base),
                             Series(key: "v\(i)", label: "variant \(i)", points: pts(1 + Double(i)), band: band, style: style)],
                    bandDescription: count ? "shaded band on counts: 95% CI of the mean, clamped at 0" : "shaded band: ±1 std",
                    referenceLevels: count ? [ReferenceLevel(y: 2, label: "reference level")] : [],
                    group: metric, emphasised: i == 0))
            }
        }
        return SmallMultiples(id: "fig-pairs", title: "Variants against their baseline", description: "One panel per variant and metric",
                              panels: panels, columns: 2, sharedY: false)
    }

    static var overlay: Chart {
        var previous = lineWithBands
        previous.series = previous.series.map { s in
            var s = s
            s.points = s.points.map { DataPoint(x: $0.x, y: $0.y * 1.15, lower: $0.lower.map { $0 * 1.15 }, upper: $0.upper.map { $0 * 1.15 }) }
            return s
        }
        return ChartRenderer.overlay(.line(previous), .line(lineWithBands), labelA: "previous run", labelB: "this run")
    }

    /// Every snapshot: file name and chart.
    static var snapshots: [(String, Chart)] {
        [("line-bands.svg", .line(lineWithBands)), ("line-log-x.svg", .line(logX)), ("bar-errors.svg", .bar(bars)),
         ("small-multiples.svg", .multiples(multiples)), ("overlay.svg", overlay),
         ("small-multiples-groups.svg", .multiples(groupedPairs)), ("small-multiples-guides.svg", .multiples(guided))]
    }
}
