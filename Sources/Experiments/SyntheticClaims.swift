import Foundation
import Learning
import Markup

/// What the synthetic claim checks (`Figures/FigureN.swift`) share: the declared tolerances and the
/// trend statistic. Each check declares its statistic and tolerance next to the code that computes
/// it; the verdict comes only from the numbers.
public enum SyntheticClaims {
    /// Declared tolerances.
    static let spearmanPass = 0.8          // monotone trend: Spearman ρ_s of seed means ≥ 0.8
    static let standardErrors = Statistics.significanceFactor  // a difference counts beyond 2 standard errors
    static let smallEps = 0.2              // "minority" regime of the pruning claims: ε_min ≤ 0.2

    static func fmt(_ v: Double, _ d: Int = 3) -> String { NumberFormat.format(v, decimals: d) }

    /// Verdict for "a trend holds at every NSR": PASS if ρ_s ≥ 0.8 (or ≤ −0.8 for a decreasing claim)
    /// at every NSR, FAIL if any NSR has the opposite sign or no trend (ρ_s ≤ 0 in the claimed direction), else INCONCLUSIVE.
    static func trendVerdict(_ rhos: [Double], increasing: Bool) -> Verdict {
        let signed = rhos.map { increasing ? $0 : -$0 }
        if signed.contains(where: { !$0.isFinite }) { return .inconclusive }
        if signed.allSatisfy({ $0 >= spearmanPass }) { return .pass }
        if signed.contains(where: { $0 <= 0 }) { return .fail }
        return .inconclusive
    }

    static func trend(_ sweep: SweepResult, nsrs: [Double], metric: (AggregatedPoint) -> Double) -> [Double] {
        nsrs.map { nsr in
            let pts = sweep.series(.nsr(nsr))
            return Statistics.spearman(pts.map(\.x), pts.map(metric))
        }
    }

    static func rhoText(_ nsrs: [Double], _ rhos: [Double]) -> String {
        zip(nsrs, rhos).map { "NSR \(ReportPlan.label($0)): ρ_s = \(fmt($1, 2))" }.joined(separator: "; ")
    }
}
