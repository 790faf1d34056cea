extension EngineConfig {
    /// Refuses a configuration that cannot run, naming the first offending field and its allowed range.
    public func validate() throws {
        func int(_ name: String, _ v: Int, _ lo: Int, _ hi: Int) throws {
            if v < lo || v > hi { throw ConfigError.outOfRange(name, v, allowed: "\(lo)…\(hi) (integer)") }
        }
        func real(_ name: String, _ v: Double, _ lo: Double, _ hi: Double, openLow: Bool = false, openHigh: Bool = false) throws {
            let lowOK = openLow ? v > lo : v >= lo
            let highOK = openHigh ? v < hi : v <= hi
            if !v.isFinite || !lowOK || !highOK {
                throw ConfigError.outOfRange(name, v, allowed: "\(openLow ? "(" : "[")\(lo), \(hi)\(openHigh ? ")" : "]")")
            }
        }
        try int("features", features, 1, 4096)
        try int("ambientDim", ambientDim, features + 1, 1 << 16)
        try int("tokens", tokens, 1, 256)
        try real("activation", activation, 0, 1, openLow: true)
        try real("epsMin", epsMin, 0, 1, openLow: true)
        try real("minorityFraction", minorityFraction, 0, 1)
        try real("nsr", nsr, 0, 1000)
        try int("trainPairs", trainPairs, batchSize, 1 << 22)
        try real("attentionScale", attentionScale, 0, 1e9)
        try int("neurons", neurons, 1, 1 << 14)
        try real("initScale", initScale, 0, 10, openLow: true)
        try real("biasKappa", biasKappa, 0, 100)
        try real("biasStart", biasStart, 0, 1)
        try real("biasFreeze", biasFreeze, biasStart, 1)
        try real("temperature", temperature, 0, 1000, openLow: true)
        try real("learningRate", learningRate, 0, 100, openLow: true)
        try real("weightDecay", weightDecay, 0, 1 / learningRate, openHigh: true)
        try int("batchSize", batchSize, 2, 1 << 16)
        try int("steps", steps, 1, 10_000_000)
        try real("pruneRatio", pruneRatio, 0, 1, openHigh: true)
        try real("pruneStart", pruneStart, 0, 1)
        try int("pruneRefresh", pruneRefresh, 1, 1_000_000)
        try real("alignThreshold", alignThreshold, 0, 1, openLow: true)
        try int("testPairs", testPairs, 2, 1 << 22)
        try int("probeTrain", probeTrain, 2, 1 << 22)
        try int("probeTest", probeTest, 2, 1 << 22)
        try real("ridge", ridge, 0, 1e6)
        try int("checkpoints", checkpoints, 2, 100_000)
        try real("stage3Dominance", stage3Dominance, 1, 1e6)
        if pruningEnabled && pruneGranularity == .neuron && Int(pruneRatio * Double(neurons)) >= neurons {
            throw ConfigError.outOfRange("pruneRatio", pruneRatio, allowed: "[0, 1) leaving at least one of \(neurons) neurons")
        }
    }
}
