import Claims
import Experiments

/// The honest favourable search (ROBUSTNESS.md §5), per claim: among the design's readings on the
/// search seeds, the one with the largest primary effect estimate (the paper's direction) is
/// re-run on fresh seeds, and only that confirmation is shown as its verdict. Declared before any run.
public enum ReadingSearch {
    /// Claim id → the favourable reading (largest finite primary estimate; ties keep design order).
    public static func favourites(_ evaluations: [ReadingEvaluation], claims: [ClaimID]) -> [ClaimID: Reading] {
        var out: [ClaimID: Reading] = [:]
        for id in claims {
            var best: (Double, Reading)?
            for e in evaluations {
                guard let v = e.effects[id]?.estimate, v.isFinite else { continue }
                if best == nil || v > best!.0 { best = (v, e.reading) }
            }
            if let b = best { out[id] = b.1 }
        }
        return out
    }

    /// The distinct favourable readings, in design order.
    public static func confirmationReadings(_ favourites: [ClaimID: Reading], order: [Reading]) -> [Reading] {
        let chosen = Set(favourites.values.map(\.id))
        return order.filter { chosen.contains($0.id) }
    }
}
