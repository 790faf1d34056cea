/// How the pruned self-competitor's gradient reaches the shared weights W, given the gradient
/// g̃ = ∂L/∂(W ⊙ M) of its masked weights:
///
/// - `selfCompetitor` (SDCLR's code: the pruned branch is W ⊙ M as a function of W):
///   ∂L/∂W += M ⊙ g̃ — pruned weights learn only from the dense branch;
/// - `straightThrough` (the paper's reading "forward with the mask, gradient to the full
///   weights"): ∂L/∂W += g̃ — every weight takes the pruned branch's gradient.
public enum PruningReading: String, Sendable, Codable, CaseIterable {
    case selfCompetitor
    case straightThrough
}
