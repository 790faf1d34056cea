import Foundation
import Learning

/// Estimated seconds of one run on one core, from its shapes and steps:
///
///     cost(run) = T · F(K, L, m, d1) / R(F) + O(F)
///     F = 2·(2·KL·m·d1) + 2·(2·K²·m) + 2·m·KL·d1      FLOPs of the five GEMMs of one step
///
/// R(F) is the achieved FLOP rate and O(F) the per-run time outside the steps (set-up,
/// measurements), both interpolated linearly in log F between calibration points of a
/// `clreport bench --json` file (`Benchmarks/baseline.json`): R = F / step CPU time, O = the bench's
/// fixed cost of a run (or whole-run time − T_preset · step time); held constant outside the points. Without a calibration R = 50 GFLOP/s,
/// O = 0. Long-tail data loading and probes are not modelled beyond O: the model balances shards
/// and predicts wall time on an idle core, it is not a benchmark.
public struct RunCostModel: Sendable, Equatable {
    /// (FLOPs per step, seconds per step, seconds per run outside the steps), sorted by FLOPs.
    public var points: [Point]
    /// Where the calibration came from ("uncalibrated" when none).
    public var source: String

    public struct Point: Sendable, Equatable {
        public var flopsPerStep: Double
        public var secondsPerStep: Double
        public var overheadSeconds: Double
        public init(flopsPerStep: Double, secondsPerStep: Double, overheadSeconds: Double = 0) {
            precondition(flopsPerStep > 0 && secondsPerStep > 0 && overheadSeconds >= 0, "RunCostModel: calibration points must be positive")
            self.flopsPerStep = flopsPerStep; self.secondsPerStep = secondsPerStep; self.overheadSeconds = overheadSeconds
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

    /// `value` of the calibration points, interpolated linearly in log F, constant outside.
    func interpolate(_ flops: Double, _ value: (Point) -> Double) -> Double? {
        guard let first = points.first, let last = points.last else { return nil }
        if flops <= first.flopsPerStep { return value(first) }
        if flops >= last.flopsPerStep { return value(last) }
        let i = points.firstIndex { $0.flopsPerStep >= flops }!
        let a = points[i - 1], b = points[i]
        let t = (log(flops) - log(a.flopsPerStep)) / (log(b.flopsPerStep) - log(a.flopsPerStep))
        return value(a) + t * (value(b) - value(a))
    }

    /// Seconds per step at `flops` FLOPs per step: F / R(F), R interpolated in log F.
    public func secondsPerStep(flops: Double) -> Double {
        precondition(flops > 0, "RunCostModel: FLOPs per step must be positive")
        return flops / (interpolate(flops) { $0.flopsPerStep / $0.secondsPerStep } ?? 50e9)
    }

    /// Estimated seconds of one run of `config`: T steps of its shapes plus the per-run overhead O(F).
    public func seconds(_ config: EngineConfig) -> Double {
        let f = RunCostModel.flopsPerStep(config)
        return Double(config.steps) * secondsPerStep(flops: f) + (interpolate(f, \.overheadSeconds) ?? 0)
    }

    /// Reads the fixed-set rows of a `clreport bench --json` file (`freshSamples` rows are skipped):
    /// step time = `stepCpuMs` (thread CPU time, robust on a shared machine) or else `stepMs`;
    /// overhead = `fixedCostSeconds` when measured, else `wholeRunSeconds` − the preset's steps × step time.
    public static func calibration(file path: String) throws -> RunCostModel {
        struct Bench: Decodable {
            struct P: Decodable {
                var preset: String?; var freshSamples: Bool?; var flopsPerStep: Double; var stepMs: Double; var stepCpuMs: Double?
                var wholeRunSeconds: Double?; var fixedCostSeconds: Double?
            }
            var presets: [P]
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExperimentError("cannot read calibration file \(path); give the JSON of `clreport bench --json` or leave out --calibration")
        }
        guard let bench = try? JSONDecoder().decode(Bench.self, from: data), !bench.presets.isEmpty,
              bench.presets.allSatisfy({ $0.flopsPerStep > 0 && $0.stepMs > 0 }) else {
            throw ExperimentError("\(path) is not the JSON of `clreport bench --json` (needs presets[].flopsPerStep and presets[].stepMs > 0); regenerate it with `clreport bench --json > \(path)`")
        }
        return RunCostModel(points: bench.presets.filter { $0.freshSamples != true }.map { p in
            let step = (p.stepCpuMs.flatMap { $0 > 0 ? $0 : nil } ?? p.stepMs) / 1000
            let steps = p.preset.flatMap(Preset.init(rawValue:)).map { Double($0.config.steps) }
            var overhead = 0.0
            if let fixed = p.fixedCostSeconds { overhead = max(0, fixed) }
            else if let whole = p.wholeRunSeconds, let steps { overhead = max(0, whole - steps * step) }
            return Point(flopsPerStep: p.flopsPerStep, secondsPerStep: step, overheadSeconds: overhead)
        }, source: path)
    }
}
