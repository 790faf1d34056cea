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
            let parts = s.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--set expects key=value, got \"\(s)\"") }
            let (k, v) = (parts[0], parts[1])
            func int() throws -> Int { guard let x = Int(v) else { throw ValidationError("\(k) needs an integer, got \"\(v)\"") }; return x }
            func dbl() throws -> Double { guard let x = Double(v) else { throw ValidationError("\(k) needs a number, got \"\(v)\"") }; return x }
            func bool() throws -> Bool { guard let x = Bool(v) else { throw ValidationError("\(k) needs true or false, got \"\(v)\"") }; return x }
            switch k {
            case "neurons": c.engine.neurons = try int()
            case "steps": c.engine.steps = try int()
            case "batchSize": c.engine.batchSize = try int()
            case "learningRate": c.engine.learningRate = try dbl()
            case "temperature": c.engine.temperature = try dbl()
            case "kappa": c.engine.biasKappa = try dbl()
            case "pruneRatio": c.engine.pruneRatio = try dbl()
            case "patchSize": c.patchSize = try int()
            case "positionSlots": c.positionSlots = try bool()
            case "whitening": c.patchWhitening = try bool()
            case "pairsPerImage": c.pairsPerImage = try int()
            case "nMax": c.nMax = try int()
            case "probePerClass": c.probePerClass = try int()
            case "testLimit": c.testLimit = try int()
            case "augmentation":
                switch v {
                case "standard": c.augmentation = .standard
                case "simclr": c.augmentation = .simclr
                case "none": c.augmentation = .none
                default: throw ValidationError("augmentation is standard, simclr or none, got \"\(v)\"")
                }
            default: throw ValidationError("unknown key \"\(k)\"; known: \(keys.joined(separator: ", "))")
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
