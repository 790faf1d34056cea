import Foundation
import Learning

/// Estimated seconds of one run on one core, from its shapes and steps:
///
///     cost(run) = T · F(K, L, m, d1) / R(F)
///     F = 2·(2·KL·m·d1) + 2·(2·K²·m) + 2·m·KL·d1      FLOPs of the five GEMMs of one step
///
/// R(F) is the achieved FLOP rate, interpolated linearly in log F between calibration points
/// (F, measured seconds per step) from a `clreport bench --json` file (`Benchmarks/baseline.json`),
/// and held constant outside them. Without a calibration R = 50 GFLOP/s. Elementwise work,
/// measurements and (for long-tail runs) data loading and the probe are not counted: the model
/// balances shards and predicts wall time, it is not a benchmark.
public struct RunCostModel: Sendable, Equatable {
    /// (FLOPs per step, seconds per step), sorted by FLOPs.
    public var points: [Point]
    /// Where the calibration came from ("uncalibrated" when none).
    public var source: String

    public struct Point: Sendable, Equatable {
        public var flopsPerStep: Double
        public var secondsPerStep: Double
        public init(flopsPerStep: Double, secondsPerStep: Double) {
            precondition(flopsPerStep > 0 && secondsPerStep > 0, "RunCostModel: calibration points must be positive")
            self.flopsPerStep = flopsPerStep; self.secondsPerStep = secondsPerStep
        }
    }

    public init(points: [Point], source: String) {
        self.points = points.sorted { $0.flopsPerStep < $1.flopsPerStep }
        self.source = source
    }

    /// 50 GFLOP/s flat.
    public static let uncalibrated = RunCostModel(points: [], source: "uncalibrated (50 GFLOP/s)")

    /// FLOPs of one training step: 6·K·L·m·d1 + 4·K²·m.
    public static func flopsPerStep(_ c: EngineConfig) -> Double {
        let K = Double(c.batchSize), L = Double(c.tokens), m = Double(c.neurons), d1 = Double(c.ambientDim)
        return 2 * (2 * K * L * m * d1) + 2 * (2 * K * K * m) + 2 * m * K * L * d1
    }

    /// Seconds per step at `flops` FLOPs per step: F / R(F), R interpolated in log F.
    public func secondsPerStep(flops: Double) -> Double {
        precondition(flops > 0, "RunCostModel: FLOPs per step must be positive")
        guard let first = points.first, let last = points.last else { return flops / 50e9 }
        func rate(_ p: Point) -> Double { p.flopsPerStep / p.secondsPerStep }
        if flops <= first.flopsPerStep { return flops / rate(first) }
        if flops >= last.flopsPerStep { return flops / rate(last) }
        let i = points.firstIndex { $0.flopsPerStep >= flops }!
        let a = points[i - 1], b = points[i]
        let t = (log(flops) - log(a.flopsPerStep)) / (log(b.flopsPerStep) - log(a.flopsPerStep))
        return flops / (rate(a) + t * (rate(b) - rate(a)))
    }

    /// Estimated seconds of `steps` training steps of `config`'s shapes.
    public func seconds(_ config: EngineConfig) -> Double {
        Double(config.steps) * secondsPerStep(flops: RunCostModel.flopsPerStep(config))
    }

    /// Reads the `presets[].flopsPerStep` and `presets[].stepMs` of a `clreport bench --json` file.
    public static func calibration(file path: String) throws -> RunCostModel {
        struct Bench: Decodable { struct P: Decodable { var flopsPerStep: Double; var stepMs: Double }; var presets: [P] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExperimentError("cannot read calibration file \(path); give the JSON of `clreport bench --json` or leave out --calibration")
        }
        guard let bench = try? JSONDecoder().decode(Bench.self, from: data), !bench.presets.isEmpty,
              bench.presets.allSatisfy({ $0.flopsPerStep > 0 && $0.stepMs > 0 }) else {
            throw ExperimentError("\(path) is not the JSON of `clreport bench --json` (needs presets[].flopsPerStep and presets[].stepMs > 0); regenerate it with `clreport bench --json > \(path)`")
        }
        return RunCostModel(points: bench.presets.map { Point(flopsPerStep: $0.flopsPerStep, secondsPerStep: $0.stepMs / 1000) },
                            source: path)
    }
}
