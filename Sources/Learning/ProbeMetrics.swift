import Foundation
import LinearAlgebra

/// Accuracy summaries of a probe on long-tailed data. All accuracies are fractions in [0, 1].
public enum ProbeMetrics {
    /// acc_c = #{i : y_i = c, ŷ_i = c} / #{i : y_i = c}; NaN for a class absent from `labels`.
    public static func perClassAccuracy(predictions: [Int], labels: [Int], classCount: Int) -> [Double] {
        precondition(predictions.count == labels.count, "perClassAccuracy: \(predictions.count) predictions vs \(labels.count) labels")
        var correct = [Int](repeating: 0, count: classCount), total = [Int](repeating: 0, count: classCount)
        for (p, y) in zip(predictions, labels) {
            precondition(y >= 0 && y < classCount, "perClassAccuracy: label \(y) out of 0..<\(classCount)")
            total[y] += 1
            if p == y { correct[y] += 1 }
        }
        return (0..<classCount).map { total[$0] == 0 ? .nan : Double(correct[$0]) / Double(total[$0]) }
    }

    /// Δ20 = mean acc over the head H minus mean acc over the tail T.
    ///
    /// Classes are sorted by training count, descending, ties by class index ascending; with
    /// k = max(1, ⌈fraction · C⌉), H is the first k and T the last k (for C = 10: 2 each).
    /// NaN accuracies are left out of their group's mean; a group with none left gives NaN.
    public static func headTailGap(perClassAccuracy: [Double], trainCounts: [Int], fraction: Double = 0.2) -> Double {
        let C = perClassAccuracy.count
        precondition(trainCounts.count == C, "headTailGap: \(C) accuracies vs \(trainCounts.count) counts")
        precondition(fraction > 0 && fraction <= 0.5, "headTailGap: fraction must be in (0, 0.5]")
        let k = max(1, Int((fraction * Double(C) - 1e-9).rounded(.up)))
        let order = (0..<C).sorted { trainCounts[$0] != trainCounts[$1] ? trainCounts[$0] > trainCounts[$1] : $0 < $1 }
        func mean(_ classes: ArraySlice<Int>) -> Double {
            let v = classes.map { perClassAccuracy[$0] }.filter { !$0.isNaN }
            return v.isEmpty ? .nan : v.reduce(0, +) / Double(v.count)
        }
        return mean(order.prefix(k)) - mean(order.suffix(k))
    }
}
