import Foundation
import LinearAlgebra

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
    /// Median thread CPU time per iteration of the batch load plus the step's GEMMs alone
    /// (`ContrastiveTrainer.runGEMMsOnly`; nil in reports older than this field).
    public var loadAndGEMMsCpuMs: Double?
    /// (FLOPs / loadAndGEMMsCpuMs) / peak.cpuGflops: the step's ceiling on the linked BLAS, as `cpu%`
    /// would read if the elementwise passes (bias, pooling, softmax, masks, norms, update) cost nothing.
    public var ceilingFractionCPU: Double?
    /// Whether the fixed-set batch was used where it lies in the training set — packed by `RowGEMM`
    /// straight into the GEMMs' panels, no gather (`load ms` is then only the bookkeeping); nil in older reports.
    public var batchFromRows: Bool?
    /// The GEMMs the timed steps ran (`ContrastiveTrainer.gemmPath`): "RowGEMM", or "sgemm (why not
    /// RowGEMM)"; nil in older reports.
    public var gemmPath: String? = nil
}
