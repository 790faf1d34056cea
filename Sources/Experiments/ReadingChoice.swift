/// One OPEN choice of the paper (SPEC) that decides how we read it — a two-level factor of the
/// robustness map's factorial design: its default level, the other level, the `EngineConfig` fields
/// each sets (`--set` spellings), which claims it can affect, and why the default is the default
/// (the literal reading of the paper first; a departure is argued).
public struct ReadingChoice: Codable, Sendable, Equatable {
    /// Which claims a factor can affect: every synthetic claim, or only those measured on a pruned run.
    public enum Scope: String, Codable, Sendable { case all, pruning }

    /// Stable id, e.g. "trainingData".
    public var id: String
    /// What is being chosen, e.g. "Training data".
    public var title: String
    public var defaultLabel: String
    public var alternativeLabel: String
    /// Field → value of the default level.
    public var defaultPatch: [String: String]
    /// Field → value of the other level (the same fields as `defaultPatch`).
    public var alternativePatch: [String: String]
    /// Why the default is the default, from the paper (literal reading first).
    public var justification: String
    /// Whether the default level is the paper's literal reading (false: a departure, argued in `justification`).
    public var defaultIsLiteral: Bool
    public var scope: Scope

    /// The factors every report declares, in design order (the first five are the base factors A–E
    /// of the default design; the pruning factors F–K are generated). Declared before any run.
    public static let all: [ReadingChoice] = [
        ReadingChoice(
            id: "trainingData", title: "Training data",
            defaultLabel: "fresh batch every step", alternativeLabel: "a fixed training set (trainPairs pairs, reused every epoch)",
            defaultPatch: ["freshSamples": "true"], alternativePatch: ["freshSamples": "false"],
            justification: "The analysis replaces empirical gradients by population gradients (Lemma B.1), which online SGD on a fresh mini-batch every step approximates; a fixed set is how practitioners train.",
            defaultIsLiteral: true, scope: .all),
        ReadingChoice(
            id: "biasStart", title: "Bias start T1",
            defaultLabel: "T1 = 0.1 T", alternativeLabel: "T1 = 0.3 T",
            defaultPatch: ["biasStart": "0.1"], alternativePatch: ["biasStart": "0.3"],
            justification: "The paper switches the noise threshold on after a short linear growth phase without fixing when; 0.1 T keeps stage 1 short as in its analysis, 0.3 T gives slow features longer before the threshold.",
            defaultIsLiteral: true, scope: .all),
        ReadingChoice(
            id: "weightDecay", title: "Weight decay λ",
            defaultLabel: "λ = 0", alternativeLabel: "λ = p0·ε_min = 0.01",
            defaultPatch: ["weightDecay": "0"], alternativePatch: ["weightDecay": "0.01"],
            justification: "The paper's objective carries (λ/2)‖W‖² with λ open in (0, p0·ε_min]; λ = 0 is a departure (it drops that term), kept as the default because the figure sweeps go down to ε_min = 0.05, where any λ above p0·0.05 kills the minority features; the map tests the upper edge λ = p0·ε_min at the claims' ε_min = 0.1.",
            defaultIsLiteral: false, scope: .all),
        ReadingChoice(
            id: "noiseHeldBy", title: "Noise along ε_min",
            defaultLabel: "NSR held (σ² varies)", alternativeLabel: "σ² held at its ε_min = 1 value",
            defaultPatch: ["noiseHeldBy": "nsr"], alternativePatch: ["noiseHeldBy": "sigma2"],
            justification: "The paper states its noise level as a noise-to-signal ratio, so NSR is held fixed; σ² then grows with ε_min, which the other level removes.",
            defaultIsLiteral: true, scope: .all),
        ReadingChoice(
            id: "dictionary", title: "Feature dictionary M",
            defaultLabel: "random orthonormal", alternativeLabel: "identity (axis-aligned)",
            defaultPatch: ["dictionary": "random"], alternativePatch: ["dictionary": "identity"],
            justification: "The paper's M is a general orthonormal dictionary; a random rotation does not favour the coordinate basis in which weight pruning acts.",
            defaultIsLiteral: true, scope: .all),
        ReadingChoice(
            id: "pruneStart", title: "Pruning start",
            defaultLabel: "from step 0", alternativeLabel: "from 0.1 T",
            defaultPatch: ["pruneStart": "0"], alternativePatch: ["pruneStart": "0.1"],
            justification: "Read literally, Algorithm 1 runs its loop body (mask from the current full weights, masked forward pass, gradient to the full weights) from the first step, with the mask initialised to all ones; a later start is a departure.",
            defaultIsLiteral: true, scope: .pruning),
        ReadingChoice(
            id: "pruneRefresh", title: "Mask refresh",
            defaultLabel: "every step", alternativeLabel: "every 10 steps",
            defaultPatch: ["pruneRefresh": "1"], alternativePatch: ["pruneRefresh": "10"],
            justification: "Algorithm 1 recomputes the mask inside its training loop, at each training step (as one reviewer reads it); a sparser refresh is a departure.",
            defaultIsLiteral: true, scope: .pruning),
        ReadingChoice(
            id: "biasNorm", title: "Bias norm under pruning",
            defaultLabel: "masked rows", alternativeLabel: "full rows",
            defaultPatch: ["pruneBiasNorm": "masked"], alternativePatch: ["pruneBiasNorm": "full"],
            justification: "The threshold κσ‖w_i‖ guards the pre-activation the pruned forward pass computes, so it reads the masked rows that pass uses; the paper does not say.",
            defaultIsLiteral: true, scope: .pruning),
        ReadingChoice(
            id: "granularity", title: "Pruning granularity",
            defaultLabel: "weight (global |W_ik|)", alternativeLabel: "neuron (‖w_i‖)",
            defaultPatch: ["pruneGranularity": "weight"], alternativePatch: ["pruneGranularity": "neuron"],
            justification: "Magnitude-based pruning of a weight matrix ranks its entries; ranking whole neurons is the structured alternative the paper does not rule out.",
            defaultIsLiteral: true, scope: .pruning),
        ReadingChoice(
            id: "branch", title: "Pruned views",
            defaultLabel: "both views", alternativeLabel: "other view only (SDCLR competitor)",
            defaultPatch: ["pruneBranch": "both"], alternativePatch: ["pruneBranch": "competitor"],
            justification: "Algorithm 1 trains the pruned network itself (forward with the mask on both views, gradient to the full weights); SDCLR's dense-anchor, pruned-competitor scheme is the precedent the paper cites.",
            defaultIsLiteral: true, scope: .pruning),
    ]

    public static func named(_ id: String) -> ReadingChoice? { all.first { $0.id == id } }
}
