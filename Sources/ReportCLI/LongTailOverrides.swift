import ArgumentParser
import Datasets
import LongTail

/// `key=value` overrides of a `LongTailConfig` for `clreport longtail` (exploration only; the
/// report uses the profiles). Shape fields (ambientDim, tokens) follow `patchSize`/`positionSlots`.
enum LongTailOverrides {
    static let keys = ["neurons", "steps", "batchSize", "learningRate", "temperature", "kappa", "patchSize", "positionSlots",
                       "whitening", "pairsPerImage", "nMax", "probePerClass", "testLimit", "augmentation", "pruneRatio"]

    static func apply(_ settings: [String], to config: LongTailConfig) throws -> LongTailConfig {
        var c = config
        for s in settings {
            let o = try SettingOverride(s)
            switch o.key {
            case "neurons": c.engine.neurons = try o.int()
            case "steps": c.engine.steps = try o.int()
            case "batchSize": c.engine.batchSize = try o.int()
            case "learningRate": c.engine.learningRate = try o.double()
            case "temperature": c.engine.temperature = try o.double()
            case "kappa": c.engine.biasKappa = try o.double()
            case "pruneRatio": c.engine.pruneRatio = try o.double()
            case "patchSize": c.patchSize = try o.int()
            case "positionSlots": c.positionSlots = try o.bool()
            case "whitening": c.patchWhitening = try o.bool()
            case "pairsPerImage": c.pairsPerImage = try o.int()
            case "nMax": c.nMax = try o.int()
            case "probePerClass": c.probePerClass = try o.int()
            case "testLimit": c.testLimit = try o.int()
            case "augmentation": c.augmentation = try o.augmentation()
            default: throw ValidationError("unknown key \"\(o.key)\"; known: \(keys.joined(separator: ", "))")
            }
        }
        // Shape fields follow the (possibly changed) patch size and token layout.
        let size = c.patchSize
        c = c.forDataset(c.dataset)
        c.patchSize = size
        if let s = LongTailConfig.shape(of: c.dataset), s.height % size == 0 {
            c.engine.ambientDim = c.tokenDimension(height: s.height, width: s.width, channels: s.channels)
            c.engine.tokens = (s.height / size) * (s.width / size)
        }
        return c
    }
}
