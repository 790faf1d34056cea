import ArgumentParser
import ConvNet
import Datasets
import Experiments
import Foundation
import LinearAlgebra

/// `clreport longtail`: one long-tailed run (and optionally its raw-pixel reference point) for
/// trying encoder variants quickly, e.g.
/// `clreport longtail --rho 1 --seed 1 --set neurons=256 --set positionSlots=true --baseline`.
struct LongTailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "longtail",
        abstract: "Run one seed of the real long-tailed experiment and print its accuracy, Δ20 and loss.")

    @Option(help: "Size profile: quick, default or paper.") var profile: ReportProfile = .default
    @Option(help: "Imbalance ratio ρ.") var rho: Double = 1
    @Option(help: "Run seed.") var seed: UInt64 = 1
    @Flag(help: "The with-pruning arm.") var pruned = false
    @Flag(help: "Also run the raw-pixel probe on the same split.") var baseline = false
    @Option(help: "Long-tailed dataset: fashion-mnist, cifar10 or cifar100.") var dataset: String = "fashion-mnist"
    @Option(help: "Folder with the dataset files.") var dataDir: String?
    @Option(name: .customLong("set"), help: "Override, key=value (repeatable): \(LongTailOverrides.keys.joined(separator: ", ")); with --encoder conv also \(ConvEncoderOverrides.keys.joined(separator: ", ")).")
    var settings: [String] = []
    @Option(help: "Encoder: transformer (the report's) or conv (the convolutional encoder of issue 26, SimCLR/SDCLR; prints the raw-pixel probe too).")
    var encoder: String = "transformer"

    func run() throws {
        BLAS.setThreads(1)
        switch encoder {
        case "transformer": break
        case "conv": return try runConv()
        default: throw ValidationError("--encoder is transformer or conv, got \"\(encoder)\"")
        }
        var c = LongTailReport(profile: profile, dataset: dataset, dataDirectory: dataDir).config(rho: rho, pruned: pruned)
        c = try LongTailOverrides.apply(settings, to: c)
        try c.validate()
        let t0 = Date()
        let r = try LongTailExperiment.run(c, seed: seed, dataDirectory: dataDir)
        let seconds = Date().timeIntervalSince(t0)
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        var line = "accuracy \(f(r.accuracy)) Δ20 \(f(r.headTailGap)) loss \(f(r.finalLoss)) seconds \(String(format: "%.1f", seconds))"
        line += " perRank [\(r.perRankAccuracy.map(f).joined(separator: ", "))]"
        if baseline {
            let raw = try LongTailBaselines.accuracy(.rawPixels, config: c, seed: seed, dataDirectory: dataDir)
            line += " rawPixels \(f(raw))"
        }
        print(line)
    }

    /// `--encoder conv`: the shared protocol (LT subset, probe subset, test images) from the
    /// profile's `LongTailConfig`, the encoder from `ConvTrainingConfig.standard` and `--set`;
    /// `--pruned` trains SDCLR with ratio 0.9 unless `pruneRatio` is set.
    func runConv() throws {
        var conv = ConvTrainingConfig.standard
        if pruned { conv.pruneRatio = 0.9 }
        let (convConfig, rest) = try ConvEncoderOverrides.apply(settings, to: conv)
        conv = convConfig
        do { try conv.validate() } catch let e as ConvNetError { throw ValidationError(e.message) }
        var c = LongTailReport(profile: profile, dataset: dataset, dataDirectory: dataDir).config(rho: rho, pruned: false)
        c = try LongTailOverrides.apply(rest, to: c)
        // The transformer engine is unused here; keep its batch within the LT set so that the
        // shared fields (dataset, ρ, nMax, probe, test limit) are what validate() checks.
        c.engine.batchSize = max(2, min(c.engine.batchSize, c.trainingPairCount))
        try c.validate()
        let train = try LongTailData.load(c.dataset, split: .train, directory: dataDir)
        var test = try LongTailData.load(c.dataset, split: .test, directory: dataDir)
        if let limit = c.testLimit, limit < test.count { test = test.subset(Array(0..<limit)) }
        var probeRNG = SeededRNG(seed: seed, stream: 5)   // the same subset as LongTailExperiment's probe
        let probeIndices = LongTailExperiment.balancedSubset(labels: train.labels, classCount: train.classCount,
                                                             perClass: c.probePerClass, rng: &probeRNG)
        let t0 = Date()
        let r = ConvLongTailRun.run(train: train, test: test, rho: c.rho, nMax: c.nMax, probeIndices: probeIndices,
                                    probe: c.probe, config: conv, seed: seed)
        let seconds = Date().timeIntervalSince(t0)
        let raw = try LongTailBaselines.accuracy(.rawPixels, config: c, seed: seed, dataDirectory: dataDir)
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        var line = "accuracy \(f(r.accuracy)) Δ20 \(f(r.headTailGap)) rawPixels \(f(raw))"
        line += " loss \(f(r.epochLosses.last ?? .nan)) seconds \(String(format: "%.1f", seconds))"
        line += " epochLosses [\(r.epochLosses.map(f).joined(separator: ", "))]"
        line += " perRank [\(r.classesByRank.map { f(r.perClassAccuracy[$0]) }.joined(separator: ", "))]"
        print(line)
    }
}
