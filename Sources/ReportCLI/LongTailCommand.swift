import ArgumentParser
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
    @Option(name: .customLong("set"), help: "Override, key=value (repeatable): \(LongTailOverrides.keys.joined(separator: ", ")).")
    var settings: [String] = []

    func run() throws {
        BLAS.setThreads(1)
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
}
