/// One estimated factorial effect of a claim's primary effect: a main effect or a two-factor
/// interaction (with its alias chain), its mean over seeds with a 95% Student-t interval on the
/// design's pooled error, and its Holm-adjusted p-value within the claim's family of effects.
public struct EffectEstimate: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case main, interaction }
    public var kind: Kind
    /// The factors of the chain's first member (one for a main effect, two for an interaction).
    public var factors: [Int]
    /// The alias chain up to two-factor interactions among the claim's relevant factors, e.g. "AB = −CD".
    public var chain: String
    /// Factor titles joined by " × ", e.g. "Dictionary M × Pruned views".
    public var label: String
    /// Mean over seeds of the per-seed effect (mean of the response at + minus at −).
    public var estimate: Double
    public var ciLow: Double
    public var ciHigh: Double
    /// Seeds behind the estimate.
    public var n: Int
    /// Degrees of freedom of the pooled error, (N − 1)(n − 1).
    public var df: Double
    public var holmP: Double
    /// Holm-adjusted p ≤ 0.05 within the claim's family of effects ("detectable").
    public var significant: Bool
    /// The first render's rule (each effect's own seed interval, ν = n − 1, Holm over the family),
    /// kept for the rule-change log only.
    public var significantSeedOnly: Bool
}
