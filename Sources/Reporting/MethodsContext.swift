/// The `{{#methods}}` section of the page (`templates/methods.md`, ``MethodsSection``): every number
/// of the Methods text, read from the report's base configuration and profile, as formatted text;
/// the flags choose between the text's alternatives. Names follow the paper's notation (d, d1, L,
/// m, K, T, T1, T2, τ, η, λ, σ0, κ).
struct MethodsContext: SectionContext {
    static let key = "methods"

    /// The pruning mask from the first step, refreshed every step (Algorithm 1 as written).
    let literalPruning: Bool
    /// The table of rules changed since the last reference (a block token; "" without changes).
    let ruleLog: String
    let hasRuleLog: Bool
    let d: String
    let d1: String
    let L: String
    let m: String
    let p0: String
    let minorityCount: String
    let majorityCount: String
    let dictionary: String
    let latent: String
    let positivePair: String
    let attentionScale: String
    let sigma0: String
    let kappa: String
    let biasMode: String
    let T1: String
    let T2: String
    let T1frac: String
    let T2frac: String
    let tau: String
    let eta: String
    let lambda: String
    let K: String
    let T: String
    /// A fresh batch every step (else a fixed set of `trainPairs` pairs, `epochs` passes).
    let fresh: Bool
    let trainPairs: String
    let epochs: String
    /// NSR held fixed along ε_min (else σ² at its ε_min = 1 value).
    let noiseHeldByNSR: Bool
    let sigma2Low: String
    let sigma2One: String
    let epsLow: String
    let pruneStart: String
    let pruneRefresh: String
    let pruneBiasNorm: String
    let alignThreshold: String
    let testPairs: String
    let probeTrain: String
    let probeTest: String
    let ridge: String
    let stage3Dominance: String
    let seeds: String
    let readingSeeds: String
    let trajectoryFactor: String
    let sensitivitySeeds: String
    let sensitivityRuns: Bool
    /// The exploratory pruning figures run on a smaller ε_min grid (`exploratoryEps`).
    let exploratoryEpsReduced: Bool
    let exploratoryEps: String
    let ratioGrid: String
}
