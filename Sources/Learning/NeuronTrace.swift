/// The Fig 1 trajectory of one "lucky" neuron: over checkpoints, the projection on its dominant
/// feature |⟨w_i, M_dom⟩|, the largest other projection max_{j≠dom} |⟨w_i, M_j⟩|, and its noise-space
/// norm ‖(I − MMᵀ)w_i‖ and its projection |⟨w_i, v⟩| on one random noise direction v (as the paper
/// plots it), with the measured stage transitions. Measured on the dense (learned) weights.
public struct NeuronTrace: Codable, Sendable, Equatable {
    public var neuron: Int
    public var feature: Int
    public var dominant: [Double]
    public var strongestOther: [Double]
    public var noise: [Double]
    /// |⟨w_i, v⟩| for one random unit direction v of the noise space (fixed per run).
    public var noiseDirection: [Double]
    /// First checkpoint step from which the dominant projection exceeds every other projection and
    /// the noise norm until the end (stage 2 reached: separation); nil if never.
    public var separationStep: Int?
    /// First checkpoint step from which the dominant projection is at least `stage3Dominance` times
    /// both the strongest other projection and the noise norm until the end (stage 3); nil if never.
    public var stage3Step: Int?

    /// Builds the trace of neuron `i` with dominant feature `dom` from per-checkpoint projections
    /// `|P_t|` (m × d each), noise norms (m each) and noise-direction projections (m each).
    public static func extract(neuron i: Int, feature dom: Int, steps: [Int], magnitudes: [[Float]],
                               noiseNorms: [[Double]], noiseDirections: [[Double]], features d: Int,
                               dominance: Double) -> NeuronTrace {
        var trace = NeuronTrace(neuron: i, feature: dom, dominant: [], strongestOther: [], noise: [], noiseDirection: [],
                                separationStep: nil, stage3Step: nil)
        for t in steps.indices {
            let row = magnitudes[t][(i * d)..<((i + 1) * d)]
            let dominant = Double(row[row.startIndex + dom])
            var other = 0.0
            for j in 0..<d where j != dom { other = max(other, Double(row[row.startIndex + j])) }
            trace.dominant.append(dominant)
            trace.strongestOther.append(other)
            trace.noise.append(noiseNorms[t][i])
            trace.noiseDirection.append(noiseDirections[t][i])
        }
        trace.separationStep = firstHolding(steps) { t in
            trace.dominant[t] > trace.strongestOther[t] && trace.dominant[t] > trace.noise[t]
        }
        trace.stage3Step = firstHolding(steps) { t in
            trace.dominant[t] >= dominance * trace.strongestOther[t] && trace.dominant[t] >= dominance * trace.noise[t]
        }
        return trace
    }

    /// The first step from which `condition` holds at every later checkpoint, or nil.
    static func firstHolding(_ steps: [Int], _ condition: (Int) -> Bool) -> Int? {
        var first: Int?
        for t in steps.indices.reversed() {
            if condition(t) { first = steps[t] } else { break }
        }
        return first
    }
}
