import Claims
import Foundation

/// The paper's premise on real data, tested before any pruning claim: imbalance hurts the tail.
///
/// Tail accuracy of a run = mean test accuracy of the classes at the ⌈0.2·C⌉ least frequent ranks
/// of that seed's class assignment (the same classes at every ρ
/// for one seed, since the assignment is drawn from the seed alone). With d_s = tail_s(ρ_max) −
/// tail_s(ρ_min) for the unpruned encoder, paired by seed,
///
///     mean d = (1/n) Σ_s d_s,   SE = sd(d) / √n,
///
/// the premise holds when mean d < −k·SE (k = `Statistics.significanceFactor`) with n ≥ 2 finite
/// pairs. `spearman` is Spearman's ρ_s of the seed-mean tail accuracy against ρ (shown, not gating).
public struct LongTailPremise: Codable, Sendable, Equatable {
    public var rhoLow: Double
    public var rhoHigh: Double
    /// Mean over seeds of tail accuracy at ρ_min and ρ_max (fractions).
    public var tailLow: Double
    public var tailHigh: Double
    /// Paired mean of tail(ρ_max) − tail(ρ_min) and its standard error (fractions).
    public var meanChange: Double
    public var standardError: Double
    public var pairs: Int
    public var spearman: Double
    public var holds: Bool

    /// NaN-aware equality: `spearman` is NaN with fewer than 3 values of ρ (the `quick` profile), and
    /// a premise read back from `results.json` must equal the computed one.
    public static func == (a: LongTailPremise, b: LongTailPremise) -> Bool {
        func same(_ x: Double, _ y: Double) -> Bool { x == y || (x.isNaN && y.isNaN) }
        return a.rhoLow == b.rhoLow && a.rhoHigh == b.rhoHigh && same(a.tailLow, b.tailLow) && same(a.tailHigh, b.tailHigh)
            && same(a.meanChange, b.meanChange) && same(a.standardError, b.standardError) && a.pairs == b.pairs
            && same(a.spearman, b.spearman) && a.holds == b.holds
    }

    /// Tail accuracy of one run: mean accuracy of its ⌈0.2·C⌉ least frequent ranks.
    public static func tailAccuracy(_ r: LongTailResult) -> Double {
        let ranks = r.perRankAccuracy
        guard !ranks.isEmpty else { return .nan }
        let k = max(1, Int((0.2 * Double(ranks.count)).rounded(.up)))
        let tail = ranks.suffix(k)
        return tail.reduce(0, +) / Double(tail.count)
    }

    /// The premise from the unpruned runs per ρ (seed order must match across ρ).
    public static func evaluate(_ without: [Double: [LongTailResult]], k: Double = Statistics.significanceFactor) -> LongTailPremise? {
        let rhos = without.keys.sorted()
        guard let lo = rhos.first, let hi = rhos.last, lo < hi else { return nil }
        let a = without[lo]!.map(tailAccuracy), b = without[hi]!.map(tailAccuracy)
        let d = zip(a, b).map { $1 - $0 }.filter(\.isFinite)
        let n = d.count
        let mean = n > 0 ? d.reduce(0, +) / Double(n) : .nan
        let sd = n > 1 ? (d.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)).squareRoot() : .nan
        let se = n > 1 ? sd / Double(n).squareRoot() : .nan
        func avg(_ v: [Double]) -> Double { let f = v.filter(\.isFinite); return f.isEmpty ? .nan : f.reduce(0, +) / Double(f.count) }
        let means = rhos.map { avg(without[$0]!.map(tailAccuracy)) }
        let rs = means.allSatisfy(\.isFinite) ? Statistics.spearman(rhos, means) : .nan
        return LongTailPremise(rhoLow: lo, rhoHigh: hi, tailLow: avg(a), tailHigh: avg(b), meanChange: mean, standardError: se,
                               pairs: n, spearman: rs, holds: n >= 2 && mean.isFinite && se.isFinite && mean < -k * se)
    }
}
