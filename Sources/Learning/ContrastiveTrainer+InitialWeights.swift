import LinearAlgebra

// Test-only seam (internal): the rotation-invariance test trains from given initial weights W0.
extension ContrastiveTrainer {
    /// Replaces the initial weights W(0) (m × d1) before the first step.
    func replaceInitialWeights(_ w: Matrix) {
        precondition(w.rows == weights.rows && w.cols == weights.cols,
                     "replaceInitialWeights: \(w.rows)×\(w.cols) for \(weights.rows)×\(weights.cols)")
        weights = w
    }
}
