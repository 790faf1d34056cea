import Foundation
@testable import RunCache
import Testing
@testable import Experiments
import Learning
import LinearAlgebra
import TestSupport

@Suite struct ShardPlannerTests {
    /// Costs with a spread like a real plan: many small runs, a few long ones.
    static func costs(_ n: Int, seed: UInt64) -> [Double] {
        var rng = SeededRNG(seed: seed, stream: 9)
        return (0..<n).map { i in (i % 17 == 0 ? 8 : 1) * (0.5 + Double(rng.int(below: 1000)) / 1000) }
    }

    @Test func everyRunInExactlyOneShardAndDeterministic() {
        let c = Self.costs(140, seed: 1)
        for n in [1, 2, 3, 4, 7, 200] {
            let a = ShardPlanner.assign(costs: c, shards: n)
            #expect(a.count == c.count)
            #expect(a.allSatisfy { (0..<n).contains($0) })
            #expect(a == ShardPlanner.assign(costs: c, shards: n))
        }
    }

    @Test func lptBalancesWithinAFewPercentOfTheMean() {
        let c = Self.costs(420, seed: 2)
        for n in [2, 4, 8, 32] {
            let loads = ShardPlanner.loads(costs: c, shards: n)
            let mean = c.reduce(0, +) / Double(n)
            #expect(loads.max()! <= 1.05 * mean, "N = \(n): max \(loads.max()!) vs mean \(mean)")
            #expect(abs(loads.reduce(0, +) - c.reduce(0, +)) < 1e-9)
        }
    }

    @Test func lptOnTextbookExample() {
        // LPT on {3,3,2,2,2} over 2 machines: 3|3, then 2→a, 2→b, 2→a = 7 vs 5 (optimum 6).
        #expect(ShardPlanner.assign(costs: [2, 3, 2, 3, 2], shards: 2) == [0, 0, 1, 1, 0])
        #expect(ShardPlanner.makespan(costs: [2, 3, 2, 3, 2], workers: 2) == 7)
        #expect(ShardPlanner.makespan(costs: [5, 1], workers: 8) == 5)
        #expect(ShardPlanner.makespan(costs: [], workers: 3) == 0)
    }

    @Test func costModelCountsTheBenchFlopsAndInterpolatesTheRate() throws {
        // The bench's FLOP count of the quick preset (Benchmarks/baseline.json: 2 752 512).
        #expect(RunCostModel.flopsPerStep(Preset.quick.config) == 2_752_512)
        let model = RunCostModel(points: [.init(flopsPerStep: 1e6, secondsPerStep: 1e-4),     // 10 GFLOP/s
                                          .init(flopsPerStep: 1e8, secondsPerStep: 2e-3)],    // 50 GFLOP/s
                                 source: "test")
        #expect(abs(model.secondsPerStep(flops: 1e5) - 1e-5) < 1e-15)              // below: first rate
        #expect(abs(model.secondsPerStep(flops: 1e9) - 2e-2) < 1e-12)              // above: last rate
        #expect(abs(model.secondsPerStep(flops: 1e7) - 1e7 / 30e9) < 1e-12)        // log-midpoint: mean rate
        var c = Preset.quick.config
        c.steps = 1000
        #expect(abs(model.seconds(c) - 1000 * model.secondsPerStep(flops: 2_752_512)) < 1e-12)
    }

    /// A fresh-batch run costs ρ × the fixed-set step (ρ from the bench's fresh row) plus the fresh
    /// runs' own overhead; a fixed-set run of the same shapes is unchanged by the fresh row.
    @Test func freshBatchRunsAreCostedFromTheFreshRow() throws {
        let tmp = try TemporaryDirectory(label: "cal")
        defer { tmp.remove() }
        let dir = tmp.url
        let file = dir.appendingPathComponent("bench.json").path
        try """
            {"presets": [{"preset": "default", "freshSamples": false, "flopsPerStep": 54525952, "stepMs": 0.6, "stepCpuMs": 0.6, "fixedCostSeconds": 0.07},
                         {"preset": "default", "freshSamples": true, "flopsPerStep": 54525952, "stepMs": 0.9, "stepCpuMs": 0.9, "fixedCostSeconds": 0.03}]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let m = try RunCostModel.calibration(file: file)
        #expect(m.points.count == 1 && m.freshPoints.count == 1)
        var c = Preset.default.config
        c.freshSamples = false
        #expect(abs(m.seconds(c) - (Double(c.steps) * 0.6e-3 + 0.07)) < 1e-9)
        c.freshSamples = true
        #expect(abs(m.seconds(c) - (Double(c.steps) * 0.9e-3 + 0.03)) < 1e-9)
        // ρ = 1.5 carries over to other shapes: the quick preset's fixed-rate step × 1.5.
        var q = Preset.quick.config
        q.freshSamples = true
        let f = RunCostModel.flopsPerStep(q)
        #expect(abs(m.seconds(q) - (Double(q.steps) * m.secondsPerStep(flops: f) * 1.5 + 0.03)) < 1e-9)
        try "{\"presets\": [{\"preset\": \"default\", \"freshSamples\": true, \"flopsPerStep\": 54525952, \"stepMs\": 0.9}]}"
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: ExperimentError.self) { try RunCostModel.calibration(file: file) }
    }

    @Test func calibrationFileErrorsNameThePath() throws {
        let tmp = try TemporaryDirectory(label: "cal")
        defer { tmp.remove() }
        let dir = tmp.url
        let bad = dir.appendingPathComponent("bench.json").path
        try "{\"presets\": []}".write(toFile: bad, atomically: true, encoding: .utf8)
        do {
            _ = try RunCostModel.calibration(file: bad)
            Issue.record("an empty calibration must be an error")
        } catch let e as ExperimentError {
            #expect(e.description == "\(bad) is not the JSON of `clreport bench --json` (needs presets[].flopsPerStep and presets[].stepMs > 0); regenerate it with `clreport bench --json > \(bad)`")
        }
        try "{\"presets\": [{\"preset\": \"quick\", \"flopsPerStep\": 2752512, \"stepMs\": 0.0653, \"wholeRunSeconds\": 0.075}]}"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let m = try RunCostModel.calibration(file: bad)
        #expect(abs(m.secondsPerStep(flops: 2752512) - 0.0653e-3) < 1e-12)
        // Overhead = whole run − 800 steps × step time, so the model reproduces the bench's whole quick run.
        #expect(abs(m.points[0].overheadSeconds - (0.075 - 800 * 0.0653e-3)) < 1e-12)
        #expect(abs(m.seconds(Preset.quick.config) - 0.075) < 1e-12)
    }
}
