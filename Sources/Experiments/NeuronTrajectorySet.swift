import Learning

/// Fig 1: per-seed traces of the lucky majority and minority neurons, on shared checkpoints.
public struct NeuronTrajectorySet: Codable, Sendable, Equatable {
    public var seed: UInt64
    public var steps: [Int]
    public var loss: [Double]
    public var biasStartStep: Int
    public var biasFreezeStep: Int
    public var majority: NeuronTrace?
    public var minority: NeuronTrace?
}

extension NeuronTrajectorySet {
    /// The traces one run recorded (every run records its lucky neurons at its checkpoints).
    public init(_ r: RunResult) {
        let t = r.trajectory
        self.init(seed: r.seed, steps: t.steps, loss: t.loss, biasStartStep: t.biasStartStep,
                  biasFreezeStep: t.biasFreezeStep, majority: t.majorityNeuron, minority: t.minorityNeuron)
    }
}
