import Foundation
import LinearAlgebra

/// The output of `clreport bench` (also `Benchmarks/baseline.json`).
public struct BenchmarkReport: Codable, Sendable {
    public var machine: MachineInfo
    public var peak: PeakSGEMM
    /// The Gaussian source's rate (absent in reports older than issue 11).
    public var normals: NormalsBenchmark?
    public var presets: [PresetBenchmark]
    /// Timing of a default-profile report rendering from a warm cache (set by `clreport bench`), or why it was not measured.
    public var reportRender: String

    /// The human-readable table.
    public var table: String {
        var lines = [
            "machine: \(machine.cpuModel), \(machine.cores) cores, OpenBLAS core \(machine.blasCore)",
            "peak single-thread SGEMM \(peak.size)²: \(fmt(peak.gflops, 1)) GFLOP/s (best of \(peak.trials)); by thread CPU time \(fmt(peak.cpuGflops, 1)) GFLOP/s",
            "normals (GaussianSource, \(normals.map { "\($0.bufferFloats)" } ?? "?")-float buffer): "
                + (normals.map { "\(fmt($0.perSecond / 1e9, 2))·10⁹/s; by thread CPU time \(fmt($0.perSecondCPU / 1e9, 2))·10⁹/s" } ?? "not measured"),
            "%peak: median wall step vs wall peak (best repeat); cpu%: median CPU-time step vs CPU-time peak",
            "batch: fixed = gathered from the training set, fresh = drawn each step (load ms = gather or draw);",
            "fixed s = the same run with 2 steps (setup, data check, test pairs, probe, alignment)",
            "",
            "preset   batch  m×d1       K×L      MFLOP/step  ms/step (min–max)      load ms  GFLOP/s  %peak (best)   cpu%   steps/s  peakMB   ΔRSS kB  run s   fixed s",
        ]
        for p in presets {
            let shape = "\(p.neurons)×\(p.ambientDim)", batch = "\(p.batchSize)×\(p.tokens)"
            let range = "\(fmt(p.stepMs, 3)) (\(fmt(p.stepMsMin, 3))–\(fmt(p.stepMsMax, 3)))"
            lines.append([pad(p.preset, 8), pad(p.freshSamples == true ? "fresh" : "fixed", 6), pad(shape, 10), pad(batch, 8), pad(fmt(p.flopsPerStep / 1e6, 1), 11),
                          pad(range, 22), pad(fmt(p.loadMs, 3), 8), pad(fmt(p.gflops, 1), 8),
                          pad("\(fmt(100 * p.fractionOfPeak, 1)) (\(fmt(100 * p.fractionOfPeakBest, 1)))", 13),
                          pad(fmt(100 * p.fractionOfPeakCPU, 1), 6),
                          pad(fmt(p.stepsPerSecond, 1), 8), pad(fmt(p.peakMemoryMB, 0), 8), pad("\(p.rssGrowthKB)", 9),
                          pad(p.wholeRunSeconds.map { fmt($0, 2) } ?? "—", 7),
                          p.fixedCostSeconds.map { fmt($0, 2) } ?? "—"].joined(separator: " "))
        }
        lines.append("")
        lines.append("report render (warm cache): \(reportRender)")
        return lines.joined(separator: "\n")
    }

    private func fmt(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}

public struct MachineInfo: Codable, Sendable {
    public var cpuModel: String
    public var cores: Int
    public var blasCore: String
    public var blasConfig: String

    static var current: MachineInfo {
        var model = "unknown"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return MachineInfo(cpuModel: model, cores: ProcessInfo.processInfo.activeProcessorCount,
                           blasCore: BLAS.coreName, blasConfig: BLAS.configString)
    }
}

public struct PeakSGEMM: Codable, Sendable {
    public var size: Int
    public var trials: Int
    public var seconds: Double
    /// Best wall-clock rate.
    public var gflops: Double
    /// Best rate by thread CPU time.
    public var cpuGflops: Double
}

/// The rate of `GaussianSource.fillNormals` (best of the trials).
public struct NormalsBenchmark: Codable, Sendable {
    public var bufferFloats: Int
    public var perSecond: Double
    public var perSecondCPU: Double
}

public struct PresetBenchmark: Codable, Sendable {
    public var preset: String
    /// Whether each step draws a fresh batch (nil in reports older than issue 11: fixed).
    public var freshSamples: Bool?
    public var neurons: Int
    public var ambientDim: Int
    public var batchSize: Int
    public var tokens: Int
    public var stepsPerRepeat: Int
    public var repeats: Int
    public var flopsPerStep: Double
    /// Median over repeats of the mean step time of a repeat.
    public var stepMs: Double
    public var stepMsMin: Double
    public var stepMsMax: Double
    /// Median time per step spent gathering the batch from the training set (included in stepMs).
    public var loadMs: Double
    /// FLOPs per step / median step time.
    public var gflops: Double
    /// gflops / peak.
    public var fractionOfPeak: Double
    /// Same with the best repeat (a fairer match for the best-of-N peak on a busy machine).
    public var fractionOfPeakBest: Double
    /// Median thread CPU time per step (excludes time descheduled).
    public var stepCpuMs: Double
    /// (FLOPs / stepCpuMs) / peak.cpuGflops: the least noisy efficiency figure on a shared machine.
    public var fractionOfPeakCPU: Double
    public var stepsPerSecond: Double
    /// VmHWM of the process after this preset (cumulative over the bench so far).
    public var peakMemoryMB: Double
    /// VmRSS after the last timed repeat minus VmRSS after the first (flat memory ⇒ ~0).
    public var rssGrowthKB: Int
    /// One whole `ContrastiveRun.run` (seed 1), or nil when not timed.
    public var wholeRunSeconds: Double?
    /// The same run with 2 steps: setup, data check, test pairs, probe and alignment (nil when not timed).
    public var fixedCostSeconds: Double?
}
