import Claims
import Foundation
import Learning
import LongTail
import Markup

/// The paper's long-tail table layout, our numbers beside the paper's CIFAR10-LT numbers.
enum LongTailTableHTML {
    /// SPEC §7, CIFAR10-LT rows: ρ → (acc w/o, acc w/, Δ20 w/o, Δ20 w/).
    static let paperCIFAR10: [Double: (Double, Double, Double, Double)] = [
        1: (90.93, 91.52, 1.54, 1.28), 10: (79.25, 84.92, 3.42, 2.99),
        50: (75.58, 83.60, 3.92, 3.35), 100: (74.24, 81.31, 5.69, 5.62),
    ]

    /// SPEC §7, every row of the paper's table: (dataset, ρ, acc w/o, acc w/, Δ20 w/o, Δ20 w/).
    static let paperTable: [(dataset: String, rho: Double, accWithout: Double, accWith: Double, gapWithout: Double, gapWith: Double)] = [
        ("CIFAR10-LT", 1, 90.93, 91.52, 1.54, 1.28), ("CIFAR10-LT", 10, 79.25, 84.92, 3.42, 2.99),
        ("CIFAR10-LT", 50, 75.58, 83.60, 3.92, 3.35), ("CIFAR10-LT", 100, 74.24, 81.31, 5.69, 5.62),
        ("CIFAR100-LT", 10, 51.21, 56.33, 2.45, 1.37), ("CIFAR100-LT", 50, 49.32, 56.12, 4.95, 2.57),
        ("CIFAR100-LT", 100, 47.12, 54.93, 7.11, 4.38), ("ImageNet-LT", 256, 63.21, 65.12, 8.47, 7.21),
    ]

    /// The paper's row group our dataset stands beside: the paper dataset with the same number of
    /// classes (Fashion-MNIST and CIFAR-10 → CIFAR10-LT, CIFAR-100 → CIFAR100-LT).
    static func paperAnalogue(_ t: LongTailTable) -> String? {
        switch t.rows.first?.trainCounts.count ?? t.classNames?.count ?? 0 {
        case 10: "CIFAR10-LT"
        case 100: "CIFAR100-LT"
        default: nil
        }
    }

    /// Every row of the paper's table, with ours (same ρ, our dataset) beside the rows of the
    /// analogous paper dataset; "—" where we have no run.
    static func paperHTML(_ t: LongTailTable) -> String {
        let analogue = paperAnalogue(t)
        func arrow(_ a: Double, _ b: Double) -> String { "\(NumberFormat.format(a, decimals: 2)) → \(NumberFormat.format(b, decimals: 2))" }
        let rows: [[String]] = paperTable.map { p in
            let ours = p.dataset == analogue ? t.rows.first { $0.rho == p.rho } : nil
            return [p.dataset, NumberFormat.label(p.rho), arrow(p.accWithout, p.accWith), arrow(p.gapWithout, p.gapWith),
                    ours.map { "\(pm($0.accuracyWithout)) → \(pm($0.accuracyWith))" } ?? "—",
                    ours.map { "\(pm($0.gapWithout)) → \(pm($0.gapWith))" } ?? "—"]
        }
        return HTMLTable(header: ["Paper dataset", "ρ", "Paper Acc (%)", "Paper Δ20", "Ours Acc (%)", "Ours Δ20"], textRows: rows,
                         caption: "The paper's whole table (deep backbone, without → with pruning) and ours on \(LongTailData.displayName(t.dataset))-LT at the same ρ beside the paper dataset with as many classes\(analogue.map { " (\($0))" } ?? ""); — = no run of ours.",
                         numericColumns: Set(1...5)).render()
    }

    static func pm(_ s: SeedSummary, scale: Double = 100) -> String {
        s.meanStdText(2, scale: scale, ifMissing: "diverged")
    }

    /// "x [a, b]" in points of a paired with − without comparison (fractions × 100).
    static func delta(_ c: Comparison) -> String {
        guard c.n > 0 else { return "diverged" }
        let f = { (v: Double) in NumberFormat.format(100 * v, decimals: 2) }
        guard c.ciLow.isFinite else { return "\(f(c.estimate)) (n = \(c.n))" }
        return "\(f(c.estimate)) [\(f(c.ciLow)), \(f(c.ciHigh))]"
    }

    static func html(_ t: LongTailTable) -> String {
        var rows: [[String]] = []
        for r in t.rows {
            let p = paperCIFAR10[r.rho]
            let dAcc = Comparison.paired(a: r.perSeedAccuracyWithout, b: r.perSeedAccuracyWith, direction: .increase)
            let dGap = Comparison.paired(a: r.perSeedGapWithout, b: r.perSeedGapWith, direction: .decrease)
            rows.append([NumberFormat.label(r.rho), pm(r.accuracyWithout), pm(r.accuracyWith), delta(dAcc),
                         pm(r.gapWithout), pm(r.gapWith), delta(dGap),
                         p.map { "\(NumberFormat.format($0.0, decimals: 2)) → \(NumberFormat.format($0.1, decimals: 2))" } ?? "—",
                         p.map { "\(NumberFormat.format($0.2, decimals: 2)) → \(NumberFormat.format($0.3, decimals: 2))" } ?? "—"])
        }
        return HTMLTable(header: ["ρ", "Acc w/o (%)", "Acc w/ (%)", "ΔAcc (pts) [95% CI]", "Δ20 w/o (pts)", "Δ20 w/ (pts)", "ΔΔ20 (pts) [95% CI]",
                                   "Paper Acc (%)", "Paper Δ20 (pts)"],
                          textRows: rows, caption: "\(LongTailData.displayName(t.dataset))-LT, linear probe: mean ± sd over \(t.rows.first?.perSeedAccuracyWith.count ?? 0) seeds; Δ = with − without pruning, paired by seed, with its 95% CI; paper: CIFAR10-LT, without → with pruning.",
                          numericColumns: Set(1...8)).render()
    }
}
