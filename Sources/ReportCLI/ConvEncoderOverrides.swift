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
            let o = try SettingOverride(s)
            guard keys.contains(o.key) else { rest.append(s); continue }
            let v = o.value
            switch o.key {
            case "channels":
                let list = v.split(separator: "-").map { Int($0) }
                guard !list.isEmpty, list.allSatisfy({ $0 != nil }) else {
                    throw ValidationError("channels needs widths joined by '-', e.g. 16-32-64, got \"\(v)\"")
                }
                c.encoder.channels = list.map { $0! }
            case "kernel": c.encoder.kernel = try o.int()
            case "batchNorm": c.encoder.batchNorm = try o.bool()
            case "pool":
                guard let p = Pool2D.Kind(rawValue: v) else { throw ValidationError("pool is max or average, got \"\(v)\"") }
                c.encoder.pool = p
            case "headHidden": c.encoder.headHidden = try o.int()
            case "projection": c.encoder.projection = try o.int()
            case "probeGrid": c.encoder.probeGrid = try o.int()
            case "epochs": c.epochs = try o.int()
            case "batchSize": c.batchSize = try o.int()
            case "temperature": c.temperature = try o.double()
            case "optimizer":
                guard let o = OptimizerConfig.Kind(rawValue: v) else { throw ValidationError("optimizer is sgd or adam, got \"\(v)\"") }
                c.optimizer.kind = o
            case "learningRate": c.optimizer.learningRate = try o.double()
            case "momentum": c.optimizer.momentum = try o.double()
            case "weightDecay": c.optimizer.weightDecay = try o.double()
            case "warmupSteps": c.optimizer.warmupSteps = try o.int()
            case "augmentation": c.augmentation = try o.augmentation()
            case "pruneRatio": c.pruneRatio = try o.double()
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
