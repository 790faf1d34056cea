import ArgumentParser
import Foundation
import Learning
import LinearAlgebra
import RunCache

/// `clreport train`: runs the synthetic engine for N seeds and prints a result JSON.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the synthetic model for some seeds and print the measurements as JSON.")

    @Option(help: "Size preset: quick, default or paper.") var preset: Preset = .default
    @Option(help: "A JSON file of field → value applied over the preset.") var config: String?
    @Option(name: .customLong("set"), help: "Override one field, key=value (repeatable).") var settings: [String] = []
    @Option(help: "Number of seeds (seeds 1…N; default 3).") var seeds: Int?
    @Option(help: "Run this one seed only (e.g. a run `clreport explain` names) instead of seeds 1…N.") var seed: UInt64?
    @OptionGroup var parallel: JobsOptions

    func validate() throws {
        if let seeds { try CountLimit.seeds.validate(seeds) }
        if seed != nil && seeds != nil { throw ValidationError("give --seed S (one seed) or --seeds N (seeds 1…N), not both") }
    }

    func run() throws {
        let cfg = try ConfigResolver.resolve(preset: preset, file: config, settings: settings)
        BLAS.setThreads(1)
        let start = Date()
        let runSeeds: [UInt64] = seed.map { [$0] } ?? (1...(seeds ?? 3)).map(UInt64.init)
        let results = JobPool.map(count: runSeeds.count, jobs: parallel.jobs) { i -> (RunResult, Double) in
            let t0 = Date()
            let r = ContrastiveRun.run(config: cfg, seed: runSeeds[i])
            return (r, Date().timeIntervalSince(t0))
        }
        let wall = Date().timeIntervalSince(start)
        let runSeconds = results.map(\.1).reduce(0, +)
        var summary: [String: SeedSummary] = [:]
        for metric in RunMetrics.measured {
            summary[metric.rawValue] = SeedSummary(results.map { $0.0.metrics[metric]! })
        }
        let output = TrainOutput(
            config: cfg, seeds: results.map { SeedMetrics(seed: $0.0.seed, diverged: $0.0.diverged, metrics: $0.0.metrics,
                                                          majorityStage3Step: $0.0.trajectory.majorityNeuron?.stage3Step,
                                                          minorityStage3Step: $0.0.trajectory.minorityNeuron?.stage3Step) },
            summary: summary, wallSeconds: wall,
            stepsPerSecond: Double(cfg.steps * runSeeds.count) / max(runSeconds, 1e-9))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        print(String(decoding: try encoder.encode(output), as: UTF8.self))
    }
}
