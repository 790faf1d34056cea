/// The one SGD loop of both experiments (synthetic `ContrastiveRun`, real `LongTailExperiment`):
///
///     for t in 0..<T:  load batch t;  L_t = trainer.step(t)   (InfoNCE + SGD on W, see ContrastiveTrainer)
///                      stop at the first non-finite L_t (diverged at step t)
///     final loss = mean of L_t over the last max(1, ⌊T/10⌋) steps (NaN when none was reached)
///
/// The loop owns no data: `loadBatch(t)` fills the trainer's batch (from a fixed training set via
/// `BatchOrder`, or freshly sampled), and `afterStep(t, L_t)` lets the caller record curves.
public enum TrainingLoop {
    public struct Outcome: Sendable, Equatable {
        /// The step whose loss was NaN/∞, or nil when all T steps finished.
        public var divergedAtStep: Int?
        /// Mean loss over the last max(1, T/10) steps (NaN when no such step ran).
        public var finalLoss: Double
    }

    public static func run(_ trainer: ContrastiveTrainer, steps T: Int, loadBatch: (Int) -> Void,
                           afterStep: (Int, Double) -> Void = { _, _ in }) -> Outcome {
        precondition(T >= 0, "TrainingLoop.run: negative step count \(T)")
        var tailLoss = 0.0, tailCount = 0
        for t in 0..<T {
            loadBatch(t)
            let loss = trainer.step(t)
            if !loss.isFinite { return Outcome(divergedAtStep: t, finalLoss: .nan) }
            if t >= T - max(1, T / 10) { tailLoss += loss; tailCount += 1 }
            afterStep(t, loss)
        }
        return Outcome(divergedAtStep: nil, finalLoss: tailCount > 0 ? tailLoss / Double(tailCount) : .nan)
    }
}
