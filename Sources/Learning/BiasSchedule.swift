/// The three-phase, untrained bias b_i(t) of SPEC §3:
///
///     t < T1:        b_i = 0
///     T1 ≤ t < T2:   `tracked`:        b_i = κ·σ·‖w_i‖ every step
///                    `multiplicative`: b_i(T1) = κ·σ·‖w_i(T1)‖, then b_i ← b_i·(1 + η/d) each step
///     t ≥ T2:        b_i frozen at its value at T2
public struct BiasSchedule: Sendable {
    public let mode: BiasMode
    public let start: Int
    public let freeze: Int
    public let kappaSigma: Float
    public let growth: Float

    public init(config: EngineConfig) {
        mode = config.biasMode
        start = config.biasStartStep
        freeze = config.biasFreezeStep
        kappaSigma = Float(config.biasKappa * config.noiseStd)
        growth = Float(1 + config.learningRate / Double(config.features))
    }

    /// Updates `bias` (m) in place for step `t`, given the current row norms ‖w_i‖ (m).
    public func update(step t: Int, norms: UnsafePointer<Float>, bias: UnsafeMutablePointer<Float>, neurons m: Int) {
        if t < start {
            for i in 0..<m { bias[i] = 0 }
        } else if t < freeze {
            if mode == .tracked || t == start {
                for i in 0..<m { bias[i] = kappaSigma * norms[i] }
            } else {
                for i in 0..<m { bias[i] *= growth }
            }
        }
        // t ≥ T2: frozen, nothing to do.
    }

    /// The stage a step falls in by the schedule: 1 before T1, 2 between T1 and T2, 3 after.
    public func stage(at t: Int) -> Int { t < start ? 1 : (t < freeze ? 2 : 3) }
}
