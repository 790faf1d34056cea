import Foundation
import Testing
@testable import ReportCLI
import Learning

/// The bench logic runs end to end on a tiny setting and its JSON carries every field.
/// (No timing assertions: speed is measured by `clreport bench`, never asserted.)
@Suite struct BenchmarkTests {
    @Test func quickBenchWithTwoStepsProducesAllJSONFields() throws {
        var bench = Benchmark(presets: [.quick], steps: 2)
        bench.repeats = 2; bench.peakSize = 128; bench.peakTrials = 1
        let report = bench.measure()
        let object = try JSONSerialization.jsonObject(with: Data(try report.jsonString().utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["machine", "peak", "normals", "presets", "reportRender", "conv"])
        let conv = object["conv"] as! [String: Any]
        #expect((conv["convGflopsCPU"] as! Double) > 0 && (conv["stepMs"] as! Double) > 0 && (conv["convFractionOfPeakCPU"] as! Double) > 0)
        #expect(report.table.contains("conv (channels 16-32-64"))
        let normals = object["normals"] as! [String: Any]
        #expect((normals["perSecond"] as! Double) > 0 && (normals["bufferFloats"] as! Int) == 2 * 128 * 4 * 256)
        let machine = object["machine"] as! [String: Any]
        #expect(Set(machine.keys) == ["cpuModel", "cores", "blasCore", "blasConfig", "blasReason"])
        let peak = object["peak"] as! [String: Any]
        #expect((peak["gflops"] as! Double) > 0 && (peak["cpuGflops"] as! Double) > 0)
        let presets = object["presets"] as! [[String: Any]]
        #expect(presets.count == 1)
        let p = presets[0]
        for key in ["preset", "neurons", "ambientDim", "batchSize", "tokens", "stepsPerRepeat", "repeats", "flopsPerStep",
                    "stepMs", "stepMsMin", "stepMsMax", "loadMs", "gflops", "fractionOfPeak", "fractionOfPeakBest", "stepCpuMs", "fractionOfPeakCPU", "stepsPerSecond", "peakMemoryMB",
                    "rssGrowthKB", "loadAndGEMMsCpuMs", "ceilingFractionCPU"] {
            #expect(p[key] != nil, "missing \(key)")
        }
        #expect(p["preset"] as? String == "quick")
        #expect(p["freshSamples"] as? Bool == false)
        #expect(p["stepsPerRepeat"] as? Int == 2)
        #expect(p["wholeRunSeconds"] == nil, "--steps given: no whole run")
        #expect((p["flopsPerStep"] as! Double) == Benchmark.flopsPerStep(Preset.quick.config))
        #expect(report.table.contains("quick"))
        // The ceiling loop ran: a positive time and a finite fraction, printed in the ceil% column.
        let ceiling = report.presets[0]
        #expect((ceiling.loadAndGEMMsCpuMs ?? 0) > 0 && (ceiling.ceilingFractionCPU ?? .nan).isFinite)
        #expect(report.table.contains("ceil%"))
        // The GEMM path: quick's d1 is below the transposed layout's 1024, so sgemm, and the table says why.
        #expect(p["gemmPath"] as? String == "sgemm (d1 = \(Preset.quick.config.ambientDim) < 1024: the untransposed layout, which RowGEMM does not serve)")
        #expect(report.table.contains("  quick    fixed  sgemm (d1 = "))
    }

    @Test func freshFlagAddsAFreshBatchRowPerPreset() {
        var bench = Benchmark(presets: [.quick], steps: 2)
        bench.repeats = 1; bench.peakSize = 64; bench.peakTrials = 1; bench.normalsTrials = 1; bench.freshAll = true
        bench.conv = false
        let report = bench.measure()
        #expect(report.conv == nil && !report.table.contains("conv ("))
        #expect(report.presets.map(\.freshSamples) == [false, true])
        #expect(report.presets.allSatisfy { $0.loadMs > 0 && $0.fixedCostSeconds == nil })
        #expect(report.table.contains("fresh") && report.table.contains("normals"))
    }

    @Test func flopsAreCountedFromShapes() {
        var c = EngineConfig()
        c.batchSize = 2; c.tokens = 3; c.neurons = 5; c.ambientDim = 7
        // U_X + U_Y: 2·2·(6·5·7); S and P·H_Y: 2·2·(2·2·5); ∇W: 2·5·6·7
        #expect(Benchmark.flopsPerStep(c) == Double(2 * 2 * 210 + 2 * 2 * 20 + 2 * 210))
    }
}
