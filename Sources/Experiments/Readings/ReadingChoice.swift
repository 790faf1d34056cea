/// One OPEN choice of the paper (SPEC) that decides how we read it: its default alternative, the
/// other alternative, the `EngineConfig` fields each sets (`--set` spellings), and why the default
/// is the default (one sentence from SPEC). A `Reading` picks one alternative per choice.
public struct ReadingChoice: Codable, Sendable, Equatable {
    /// Stable id, e.g. "trainingData".
    public var id: String
    /// What is being chosen, e.g. "Training data".
    public var title: String
    public var defaultLabel: String
    public var alternativeLabel: String
    /// Field → value of the default alternative.
    public var defaultPatch: [String: String]
    /// Field → value of the other alternative (the same fields as `defaultPatch`).
    public var alternativePatch: [String: String]
    /// Why the default is the default, from SPEC.
    public var justification: String

    /// The choices every report declares, in display order (decided before any verdict is read).
    public static let all: [ReadingChoice] = [
        ReadingChoice(
            id: "trainingData", title: "Training data",
            defaultLabel: "fresh batch every step", alternativeLabel: "fixed training set (trainPairs pairs)",
            defaultPatch: ["freshSamples": "true"], alternativePatch: ["freshSamples": "false"],
            justification: "The analysis replaces empirical gradients by population gradients (SPEC §4, Lemma B.1), which online SGD on a fresh mini-batch every step approximates."),
        ReadingChoice(
            id: "biasStart", title: "Bias start T1",
            defaultLabel: "T1 = 0.1 T", alternativeLabel: "T1 = 0.3 T",
            defaultPatch: ["biasStart": "0.1"], alternativePatch: ["biasStart": "0.3"],
            justification: "SPEC §3 switches the noise threshold on after a short linear growth phase; 0.1 T is the SPEC default, 0.3 T gives slow features longer before the threshold."),
        ReadingChoice(
            id: "weightDecay", title: "Weight decay λ",
            defaultLabel: "λ = 0", alternativeLabel: "λ = 0.001",
            defaultPatch: ["weightDecay": "0"], alternativePatch: ["weightDecay": "0.001"],
            justification: "SPEC §4 defaults to λ = 0; the alternative stays below the minority activation rate p0·ε_min (0.01 at ε_min = 0.1), as SPEC requires."),
        ReadingChoice(
            id: "noiseHeldBy", title: "Noise along ε_min",
            defaultLabel: "NSR held (σ² varies)", alternativeLabel: "σ² held at its ε_min = 1 value",
            defaultPatch: ["noiseHeldBy": "nsr"], alternativePatch: ["noiseHeldBy": "sigma2"],
            justification: "The paper states its noise level as an NSR (SPEC §2), so NSR is held fixed; σ² then grows with ε_min, which the alternative removes."),
        ReadingChoice(
            id: "pruningSchedule", title: "Pruning start / refresh",
            defaultLabel: "from 0.1 T, every 10 steps", alternativeLabel: "from step 0, every step",
            defaultPatch: ["pruneStart": "0.1", "pruneRefresh": "10"], alternativePatch: ["pruneStart": "0", "pruneRefresh": "1"],
            justification: "Algorithm 1 recomputes masks during training (SPEC §5) without fixing when; starting after the bias phase begins and refreshing every 10 steps is the SPEC default."),
        ReadingChoice(
            id: "biasNorm", title: "Bias norm under pruning",
            defaultLabel: "masked rows", alternativeLabel: "full rows",
            defaultPatch: ["pruneBiasNorm": "masked"], alternativePatch: ["pruneBiasNorm": "full"],
            justification: "The threshold κσ‖w_i‖ guards the pre-activation the pruned forward pass computes, so it reads the masked rows that pass uses (SPEC §5)."),
        ReadingChoice(
            id: "dictionary", title: "Feature dictionary M",
            defaultLabel: "random orthonormal", alternativeLabel: "identity (axis-aligned)",
            defaultPatch: ["dictionary": "random"], alternativePatch: ["dictionary": "identity"],
            justification: "The paper's M is a general orthonormal dictionary (SPEC §2); a random rotation does not favour the coordinate basis in which weight pruning acts."),
    ]

    public static func named(_ id: String) -> ReadingChoice? { all.first { $0.id == id } }
}
