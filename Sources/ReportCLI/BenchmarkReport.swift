import Foundation
import LinearAlgebra
import Markup

/// The output of `clreport bench` (also `Benchmarks/baseline.json`).
public struct BenchmarkReport: Codable, Sendable {
    public var machine: MachineInfo
    public var peak: PeakSGEMM
    /// The Gaussian source's rate (absent in reports older than issue 11).
    public var normals: NormalsBenchmark?
    public var presets: [PresetBenchmark]
    /// The conv encoder's speed (issue 26; absent in older reports and with `--no-conv`).
    public var conv: ConvBenchmark? = nil
    /// Timing of a default-profile report rendering from a warm cache (set by `clreport bench`), or why it was not measured.
    public var reportRender: String

    /// The human-readable table.
    public var table: String {
        var lines = [
            "machine: \(machine.cpuModel), \(machine.cores) cores, OpenBLAS core \(machine.blasCore)\(machine.blasReason.map { " (\($0))" } ?? "")",
            "peak single-thread SGEMM \(peak.size)²: \(fmt(peak.gflops, 1)) GFLOP/s (best of \(peak.trials)); by thread CPU time \(fmt(peak.cpuGflops, 1)) GFLOP/s",
            "normals (GaussianSource, \(normals.map { "\($0.bufferFloats)" } ?? "?")-float buffer): "
                + (normals.map { "\(fmt($0.perSecond / 1e9, 2))·10⁹/s; by thread CPU time \(fmt($0.perSecondCPU / 1e9, 2))·10⁹/s" } ?? "not measured"),
            "%peak: median wall step vs wall peak (best repeat); cpu%: median CPU-time step vs CPU-time peak",
            "batch: fixed = gathered from the training set, fixed* = used where it lies in the training set (RowGEMM packs",
            "the rows into the GEMMs' panels, no gather), fresh = drawn each step (load ms = gather, bookkeeping or draw);",
            "fixed s = the same run with 2 steps (setup, data check, test pairs, probe, alignment);",
            "ceil% = cpu% of the batch load + the step's GEMMs alone (the step's ceiling on this BLAS)",
            "",
            "preset   batch  m×d1       K×L      MFLOP/step  ms/step (min–max)      load ms  GFLOP/s  %peak (best)   cpu%   ceil%  steps/s  peakMB   ΔRSS kB  run s   fixed s",
        ]
        for p in presets {
            let shape = "\(p.neurons)×\(p.ambientDim)", batch = "\(p.batchSize)×\(p.tokens)"
            let range = "\(fmt(p.stepMs, 3)) (\(fmt(p.stepMsMin, 3))–\(fmt(p.stepMsMax, 3)))"
            lines.append([pad(p.preset, 8), pad(batchLabel(p), 6), pad(shape, 10), pad(batch, 8), pad(fmt(p.flopsPerStep / 1e6, 1), 11),
                          pad(range, 22), pad(fmt(p.loadMs, 3), 8), pad(fmt(p.gflops, 1), 8),
                          pad("\(fmt(100 * p.fractionOfPeak, 1)) (\(fmt(100 * p.fractionOfPeakBest, 1)))", 13),
                          pad(fmt(100 * p.fractionOfPeakCPU, 1), 6),
                          pad(p.ceilingFractionCPU.map { fmt(100 * $0, 1) } ?? "—", 6),
                          pad(fmt(p.stepsPerSecond, 1), 8), pad(fmt(p.peakMemoryMB, 0), 8), pad("\(p.rssGrowthKB)", 9),
                          pad(p.wholeRunSeconds.map { fmt($0, 2) } ?? "—", 7),
                          p.fixedCostSeconds.map { fmt($0, 2) } ?? "—"].joined(separator: " "))
        }
        lines.append("")
        lines.append("GEMM path (RowGEMM: the batch's rows packed where they lie; sgemm: cblas_sgemm on a gathered or drawn batch; same bits):")
        for p in presets {
            lines.append("  " + pad(p.preset, 8) + " " + pad(batchLabel(p), 6) + " " + (p.gemmPath ?? "not recorded"))
        }
        if let conv {
            lines.append("")
            lines.append(conv.line)
        }
        lines.append("")
        lines.append("report render (warm cache): \(reportRender)")
        return lines.joined(separator: "\n")
    }

    /// The batch column: fresh, fixed* (used where it lies: RowGEMM) or fixed (gathered).
    private func batchLabel(_ p: PresetBenchmark) -> String {
        p.freshSamples == true ? "fresh" : p.batchFromRows == true ? "fixed*" : "fixed"
    }

    private func fmt(_ x: Double, _ digits: Int) -> String { NumberFormat.format(x, decimals: digits) }
    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}
