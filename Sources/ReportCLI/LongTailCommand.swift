import ArgumentParser
import ConvNet
import Datasets
import Experiments
import Foundation
import LinearAlgebra
import LongTail

/// `clreport longtail`: one long-tailed run (and its raw-pixel reference point) for trying encoder
/// variants quickly, e.g. `clreport longtail --rho 1 --seed 1 --set epochs=5` (the report's conv
/// encoder) or `clreport longtail --encoder transformer --set neurons=256 --baseline` (the
/// synthetic encoder of issue 17).
struct LongTailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "longtail",
        abstract: "Run one seed of the real long-tailed experiment and print its accuracy, Δ20 and loss.")

    @Option(help: "Size profile: quick, default or paper.") var profile: ReportProfile = .default
    @Option(help: "Imbalance ratio ρ.") var rho: Double = 1
    @Option(help: "Run seed.") var seed: UInt64 = 1
    @Flag(help: "The with-pruning arm.") var pruned = false
    @Flag(help: "Also run the raw-pixel probe on the same split.") var baseline = false
    @OptionGroup var data: DataOptions
    @Option(name: .customLong("set"), help: "Override, key=value (repeatable): \(LongTailOverrides.keys.joined(separator: ", ")); with --encoder conv also \(ConvEncoderOverrides.keys.joined(separator: ", ")).")
    var settings: [String] = []
    @Option(help: "Encoder: conv (the report's convolutional encoder, SimCLR/SDCLR; prints the raw-pixel probe too) or transformer (the synthetic encoder of issue 17).")
    var encoder: String = "conv"

    func validate() throws {
        guard ["transformer", "conv"].contains(encoder) else { throw ValidationError("--encoder is transformer or conv, got \"\(encoder)\"") }
    }

    func run() throws {
        BLAS.setThreads(1)
        if encoder == "conv" { return try runConv() }
        var c = LongTailReport(profile: profile, dataset: data.dataset, dataDirectory: data.dataDir).config(rho: rho, pruned: pruned).withSyntheticEncoder
        c = try LongTailOverrides.apply(settings, to: c)
        try c.validate()
        let t0 = Date()
        let r = try LongTailExperiment.run(c, seed: seed, dataDirectory: data.dataDir)
        let seconds = Date().timeIntervalSince(t0)
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        var line = "accuracy \(f(r.accuracy)) Δ20 \(f(r.headTailGap)) loss \(f(r.finalLoss)) seconds \(String(format: "%.1f", seconds))"
        line += " perRank [\(r.perRankAccuracy.map(f).joined(separator: ", "))]"
        if baseline {
            let raw = try LongTailBaselines.accuracy(.rawPixels, config: c, seed: seed, dataDirectory: data.dataDir)
            line += " rawPixels \(f(raw))"
        }
        print(line)
    }

    /// `--encoder conv`: the report's run (`LongTailReport.config`: the profile's protocol and conv
    /// encoder; `--pruned` = SDCLR's self-competitor at ratio 0.9) with the `--set` overrides.
    func runConv() throws {
        let report = LongTailReport(profile: profile, dataset: data.dataset, dataDirectory: data.dataDir).config(rho: rho, pruned: pruned)
        let (convConfig, rest) = try ConvEncoderOverrides.apply(settings, to: report.conv ?? .standard)
        let conv = convConfig
        do { try conv.validate() } catch let e as ConvNetError { throw ValidationError(e.message) }
        var c = try LongTailOverrides.apply(rest, to: report)
        c.conv = conv
        try c.validate()
        let train = try LongTailData.load(c.dataset, split: .train, directory: data.dataDir)
        var test = try LongTailData.load(c.dataset, split: .test, directory: data.dataDir)
        if let limit = c.testLimit, limit < test.count { test = test.subset(Array(0..<limit)) }
        var probeRNG = SeededRNG(seed: seed, stream: 5)   // the same subset as LongTailExperiment's probe
        let probeIndices = LongTailExperiment.balancedSubset(labels: train.labels, classCount: train.classCount,
                                                             perClass: c.probePerClass, rng: &probeRNG)
        let t0 = Date()
        let r = ConvLongTailRun.run(train: train, test: test, rho: c.rho, nMax: c.nMax, probeIndices: probeIndices,
                                    probe: c.probe, config: conv, seed: seed)
        let seconds = Date().timeIntervalSince(t0)
        let raw = try LongTailBaselines.accuracy(.rawPixels, config: c, seed: seed, dataDirectory: data.dataDir)
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        var line = "accuracy \(f(r.accuracy)) Δ20 \(f(r.headTailGap)) rawPixels \(f(raw))"
        line += " loss \(f(r.epochLosses.last ?? .nan)) seconds \(String(format: "%.1f", seconds))"
        line += " epochLosses [\(r.epochLosses.map(f).joined(separator: ", "))]"
        line += " perRank [\(r.classesByRank.map { f(r.perClassAccuracy[$0]) }.joined(separator: ", "))]"
        print(line)
    }
}
