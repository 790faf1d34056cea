import Experiments
import Foundation
import Learning
import Markup

/// The paper's long-tail table layout, our numbers beside the paper's CIFAR10-LT numbers.
enum LongTailTableHTML {
    /// SPEC §7, CIFAR10-LT rows: ρ → (acc w/o, acc w/, Δ20 w/o, Δ20 w/).
    static let paperCIFAR10: [Double: (Double, Double, Double, Double)] = [
        1: (90.93, 91.52, 1.54, 1.28), 10: (79.25, 84.92, 3.42, 2.99),
        50: (75.58, 83.60, 3.92, 3.35), 100: (74.24, 81.31, 5.69, 5.62),
    ]

    static func pm(_ s: SeedSummary, scale: Double = 100) -> String {
        s.meanStdText(2, scale: scale, ifMissing: "diverged")
    }

    static func html(_ t: LongTailTable) -> String {
        var rows: [[String]] = []
        for r in t.rows {
            let p = paperCIFAR10[r.rho]
            let dAcc = SeedSummary(zip(r.perSeedAccuracyWithout, r.perSeedAccuracyWith).map { $1 - $0 })
            let dGap = SeedSummary(zip(r.perSeedGapWithout, r.perSeedGapWith).map { $1 - $0 })
            rows.append([ReportPlan.label(r.rho), pm(r.accuracyWithout), pm(r.accuracyWith), pm(dAcc),
                         pm(r.gapWithout), pm(r.gapWith), pm(dGap),
                         p.map { "\(NumberFormat.format($0.0, decimals: 2)) → \(NumberFormat.format($0.1, decimals: 2))" } ?? "—",
                         p.map { "\(NumberFormat.format($0.2, decimals: 2)) → \(NumberFormat.format($0.3, decimals: 2))" } ?? "—"])
        }
        return HTMLTable(header: ["ρ", "Acc w/o (%)", "Acc w/ (%)", "ΔAcc", "Δ20 w/o", "Δ20 w/", "ΔΔ20",
                                   "Paper Acc", "Paper Δ20"],
                          textRows: rows, caption: "\(t.dataset)-LT, linear probe, mean ± std over \(t.rows.first?.perSeedAccuracyWith.count ?? 0) seeds (Δ columns: per-seed differences with − without); paper: CIFAR10-LT, without → with pruning.",
                          numericColumns: Set(1...8)).render()
    }
}
