/// The three size presets. `default` is the struct's defaults; `quick` runs in about a second for
/// tests; `paper` uses the paper's sizes (d = 50, d1 = 2500, m ≥ 80, batch ≥ 256) and trains longer.
public enum Preset: String, Codable, Sendable, CaseIterable {
    case quick, `default`, paper

    public var config: EngineConfig {
        var c = EngineConfig()
        switch self {
        case .quick:
            c.features = 8; c.ambientDim = 64; c.tokens = 4; c.neurons = 24
            c.batchSize = 64; c.steps = 800; c.trainPairs = 1024
            c.testPairs = 256; c.probeTrain = 512; c.probeTest = 512; c.checkpoints = 40
        case .default:
            break
        case .paper:
            c.features = 50; c.ambientDim = 2500; c.tokens = 4; c.neurons = 100
            c.batchSize = 256; c.steps = 10000; c.trainPairs = 8192
            c.testPairs = 2048; c.probeTrain = 4096; c.probeTest = 4096; c.checkpoints = 200
        }
        return c
    }
}

extension Preset {
    /// `c` with this preset's sizes (d, d1, tokens, m, batch, steps, the data and probe sizes, the
    /// checkpoints) and every other field kept: the same reading at another size.
    public func sized(_ c: EngineConfig) -> EngineConfig {
        let p = config
        var c = c
        c.features = p.features; c.ambientDim = p.ambientDim; c.tokens = p.tokens; c.neurons = p.neurons
        c.batchSize = p.batchSize; c.steps = p.steps; c.trainPairs = p.trainPairs
        c.testPairs = p.testPairs; c.probeTrain = p.probeTrain; c.probeTest = p.probeTest; c.checkpoints = p.checkpoints
        return c
    }
}
