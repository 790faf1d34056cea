/// Training curves sampled at checkpoints (Fig 1).
public struct Trajectory: Codable, Sendable, Equatable {
    /// Checkpoint steps, 0 … T.
    public var steps: [Int]
    /// Mean batch loss since the previous checkpoint (at step 0: the first batch's loss).
    public var loss: [Double]
    /// Schedule boundaries T1 (bias on) and T2 (bias frozen), and the pruning start (nil when off).
    public var biasStartStep: Int
    public var biasFreezeStep: Int
    public var pruneStartStep: Int?
    public var majorityNeuron: NeuronTrace?
    public var minorityNeuron: NeuronTrace?
}
