import Foundation
import Learning
import RunCache

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
///
/// A run that draws a fresh batch each step (`freshSamples`) costs more per step than a fixed-set run
/// of the same shapes (the draw replaces the gather) and less outside the steps (no training set):
///
///     cost_fresh(run) = T · F/R(F) · ρ(F) + O_fresh(F),   ρ = fresh step time / fixed step time
///
/// with ρ and O_fresh interpolated the same way between the bench's fresh rows (ρ = 1 and O_fresh = O
/// without any).
public struct RunCostModel: Sendable, Equatable {
    /// (FLOPs per step, seconds per step, seconds per run outside the steps), sorted by FLOPs.
    public var points: [Point]
    /// The same for runs with a fresh batch per step, sorted by FLOPs (empty: modelled as fixed-set runs).
    public var freshPoints: [Point]
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

    public init(points: [Point], freshPoints: [Point] = [], source: String) {
        self.points = points.sorted { $0.flopsPerStep < $1.flopsPerStep }
        self.freshPoints = freshPoints.sorted { $0.flopsPerStep < $1.flopsPerStep }
        self.source = source
    }

    /// 50 GFLOP/s flat.
    public static let uncalibrated = RunCostModel(points: [], source: "uncalibrated (50 GFLOP/s)")

    /// FLOPs of one training step: 6·K·L·m·d1 + 4·K²·m.
    public static func flopsPerStep(_ c: EngineConfig) -> Double {
        let K = Double(c.batchSize), L = Double(c.tokens), m = Double(c.neurons), d1 = Double(c.ambientDim)
        return 2 * (2 * K * L * m * d1) + 2 * (2 * K * K * m) + 2 * m * K * L * d1
    }

    /// `value` of the calibration points (or of `among`), interpolated linearly in log F, constant outside.
    func interpolate(_ flops: Double, among: [Point]? = nil, _ value: (Point) -> Double) -> Double? {
        let points = among ?? self.points
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

    /// Estimated seconds of one run of `config`: T steps of its shapes plus the per-run overhead O(F);
    /// with `freshSamples`, the step scaled by ρ(F) and the fresh runs' overhead (see the type).
    public func seconds(_ config: EngineConfig) -> Double {
        let f = RunCostModel.flopsPerStep(config)
        let steps = Double(config.steps) * secondsPerStep(flops: f)
        guard config.freshSamples, !freshPoints.isEmpty else { return steps + (interpolate(f, \.overheadSeconds) ?? 0) }
        let rho = interpolate(f, among: freshPoints) { $0.secondsPerStep / secondsPerStep(flops: $0.flopsPerStep) }!
        return steps * rho + interpolate(f, among: freshPoints, \.overheadSeconds)!
    }

    /// Reads the rows of a `clreport bench --json` file, fixed-set rows into `points` and
    /// `freshSamples` rows into `freshPoints`: step time = `stepCpuMs` (thread CPU time, robust on a
    /// shared machine) or else `stepMs`; overhead = `fixedCostSeconds` when measured, else
    /// `wholeRunSeconds` − the preset's steps × step time. Fresh rows need fixed rows to scale.
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
        func point(_ p: Bench.P) -> Point {
            let step = (p.stepCpuMs.flatMap { $0 > 0 ? $0 : nil } ?? p.stepMs) / 1000
            let steps = p.preset.flatMap(Preset.init(rawValue:)).map { Double($0.config.steps) }
            var overhead = 0.0
            if let fixed = p.fixedCostSeconds { overhead = max(0, fixed) }
            else if let whole = p.wholeRunSeconds, let steps { overhead = max(0, whole - steps * step) }
            return Point(flopsPerStep: p.flopsPerStep, secondsPerStep: step, overheadSeconds: overhead)
        }
        let fixed = bench.presets.filter { $0.freshSamples != true }.map(point)
        guard !fixed.isEmpty else {
            throw ExperimentError("\(path) has only fresh-batch rows; the cost model scales them from fixed-set rows (run `clreport bench --json` without --preset, or with a preset's fixed row)")
        }
        return RunCostModel(points: fixed, freshPoints: bench.presets.filter { $0.freshSamples == true }.map(point), source: path)
    }
}
