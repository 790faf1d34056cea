import ArgumentParser
import ConvNet
import Datasets

/// `key=value` overrides of the conv encoder's `ConvTrainingConfig` for
/// `clreport longtail --encoder conv` (exploration only). Keys not listed here are left to
/// `LongTailOverrides` (nMax, probePerClass, testLimit … of the shared protocol).
enum ConvEncoderOverrides {
    static let keys = ["channels", "kernel", "batchNorm", "pool", "headHidden", "projection", "probeGrid", "epochs", "batchSize",
                       "temperature", "optimizer", "learningRate", "momentum", "weightDecay", "warmupSteps",
                       "augmentation", "pruneRatio", "pruningReading"]

    /// Splits `settings` into the conv encoder's and the rest, applying the former to `config`.
    static func apply(_ settings: [String], to config: ConvTrainingConfig) throws -> (ConvTrainingConfig, rest: [String]) {
        var c = config
        var rest: [String] = []
        for s in settings {
            let parts = s.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--set expects key=value, got \"\(s)\"") }
            let (k, v) = (parts[0], parts[1])
            guard keys.contains(k) else { rest.append(s); continue }
            func int() throws -> Int { guard let x = Int(v) else { throw ValidationError("\(k) needs an integer, got \"\(v)\"") }; return x }
            func dbl() throws -> Double { guard let x = Double(v) else { throw ValidationError("\(k) needs a number, got \"\(v)\"") }; return x }
            func bool() throws -> Bool { guard let x = Bool(v) else { throw ValidationError("\(k) needs true or false, got \"\(v)\"") }; return x }
            switch k {
            case "channels":
                let list = v.split(separator: "-").map { Int($0) }
                guard !list.isEmpty, list.allSatisfy({ $0 != nil }) else {
                    throw ValidationError("channels needs widths joined by '-', e.g. 16-32-64, got \"\(v)\"")
                }
                c.encoder.channels = list.map { $0! }
            case "kernel": c.encoder.kernel = try int()
            case "batchNorm": c.encoder.batchNorm = try bool()
            case "pool":
                guard let p = Pool2D.Kind(rawValue: v) else { throw ValidationError("pool is max or average, got \"\(v)\"") }
                c.encoder.pool = p
            case "headHidden": c.encoder.headHidden = try int()
            case "projection": c.encoder.projection = try int()
            case "probeGrid": c.encoder.probeGrid = try int()
            case "epochs": c.epochs = try int()
            case "batchSize": c.batchSize = try int()
            case "temperature": c.temperature = try dbl()
            case "optimizer":
                guard let o = OptimizerConfig.Kind(rawValue: v) else { throw ValidationError("optimizer is sgd or adam, got \"\(v)\"") }
                c.optimizer.kind = o
            case "learningRate": c.optimizer.learningRate = try dbl()
            case "momentum": c.optimizer.momentum = try dbl()
            case "weightDecay": c.optimizer.weightDecay = try dbl()
            case "warmupSteps": c.optimizer.warmupSteps = try int()
            case "augmentation":
                switch v {
                case "standard": c.augmentation = .standard
                case "simclr": c.augmentation = .simclr
                case "none": c.augmentation = .none
                default: throw ValidationError("augmentation is standard, simclr or none, got \"\(v)\"")
                }
            case "pruneRatio": c.pruneRatio = try dbl()
            case "pruningReading":
                guard let r = PruningReading(rawValue: v) else {
                    throw ValidationError("pruningReading is \(PruningReading.allCases.map(\.rawValue).joined(separator: " or ")), got \"\(v)\"")
                }
                c.pruningReading = r
            default: break
            }
        }
        return (c, rest)
    }
}
