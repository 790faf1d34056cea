import Foundation
import Learning
import LinearAlgebra

/// What `clreport bench` measures, as a testable value type (the command only parses and prints).
///
/// - Peak: the best of `peakTrials` single-thread SGEMMs of size n² (2n³ FLOP each).
/// - Per preset: the training step exactly as `ContrastiveRun` drives it (batch gather from the
///   fixed training set + `ContrastiveTrainer.step`), timed over `steps` steps per repeat after one
///   warm-up repeat; the median over `repeats` repeats is reported (and the best repeat, which on
///   a shared machine is the fairer match for the best-of-N peak), plus the part of the step spent
///   gathering the batch (`loadBatch`; none where the GEMMs pack the rows in place, `RowGEMM`).
///   Then the same loop with only the batch load and the step's GEMMs
///   (`ContrastiveTrainer.runGEMMsOnly`): the step's ceiling on the linked BLAS, were every
///   elementwise pass free. Alongside wall time, the thread's CPU time is measured for
///   both the peak and the step: on a shared machine, CPU-time rates are much less noisy. FLOPs per step are counted from
///   the shapes (the five GEMMs only; elementwise work is not counted):
///
///       2·(2·KL·m·d1)   U_X, U_Y
///       2·K·K·m         S = H_X H_Yᵀ
///       2·K·K·m         G_H = P H_Y
///       2·m·KL·d1       ∇W = G_Uᵀ A_X
///
/// - Memory: VmHWM (peak resident set) from /proc/self/status, and the change of VmRSS between
///   the end of the first and of the last timed repeat (should be ~0: no growth per step).
/// - Whole run: one `ContrastiveRun.run` (seed 1), when `wholeRun` says so, and the run's fixed
///   cost: the same run with 2 steps (data-model check sample, test pairs, probe, alignment).
/// - Fresh batches: the same step with a batch drawn by a `PairSampler` each step (latents,
///   permutation, Z·M, noise, frozen attention; `load ms` is then the drawing time); for `default`
///   always, for every preset with `fresh`.
/// - Normals: `GaussianSource.fillNormals` rate into a buffer of one default batch (2·K·L·d1 floats).
public struct Benchmark {
    public var presets: [Preset]
    /// Also time the fresh-batch step of every preset (not only `default`).
    public var freshAll = false
    public var normalsTrials = 9
    /// Steps per timed repeat; nil = the preset's default (`defaultSteps`).
    public var steps: Int?
    public var repeats: Int = 5
    public var peakSize: Int = 2048
    public var peakTrials: Int = 5
    /// Whether to measure the conv encoder (`ConvBenchmark`).
    public var conv = true
    /// Whether to time one whole seed run of a preset.
    public var wholeRun: (Preset) -> Bool

    /// By default a whole run is timed for quick and default when `--steps` is not given; paper's
    /// (minutes long) only on request.
    public init(presets: [Preset], steps: Int? = nil, includePaperRun: Bool = false, skipRuns: Bool = false) {
        self.presets = presets
        self.steps = steps
        wholeRun = { p in !skipRuns && steps == nil && (p != .paper || includePaperRun) }
    }

    /// Timed steps per repeat when `--steps` is not given (about 0.2–0.5 s per repeat).
    public static func defaultSteps(_ p: Preset) -> Int {
        switch p { case .quick: 400; case .default: 100; case .paper: 16 }
    }

    public func measure(progress: (String) -> Void = { _ in }) -> BenchmarkReport {
        BLAS.setThreads(1)
        progress("peak SGEMM \(peakSize)² × \(peakTrials)")
        let peak = Benchmark.peakSGEMM(size: peakSize, trials: peakTrials)
        progress("normals")
        let normals = Benchmark.normalRate(count: 2 * Preset.default.config.batchSize * Preset.default.config.tokens
                                           * Preset.default.config.ambientDim, trials: normalsTrials)
        var results: [PresetBenchmark] = []
        for p in presets {
            for fresh in [false, true] where !fresh || freshAll || p == .default {
                progress("preset \(p.rawValue): training step\(fresh ? " (fresh batches)" : "")")
                var r = measureStep(preset: p, peak: peak, fresh: fresh)
                if wholeRun(p) {
                    var config = p.config
                    config.freshSamples = fresh
                    progress("preset \(p.rawValue): one whole run")
                    r.wholeRunSeconds = Benchmark.timeRun(config)
                    config.steps = 2; config.checkpoints = 2
                    progress("preset \(p.rawValue): setup + evaluation")
                    r.fixedCostSeconds = Benchmark.timeRun(config)
                }
                results.append(r)
            }
        }
        var report = BenchmarkReport(
            machine: .current, peak: peak, normals: normals, presets: results,
            reportRender: "not measured")
        if conv {
            progress("conv encoder")
            report.conv = ConvBenchmark.measure(peak: peak)
        }
        return report
    }

    /// Wall time of one `ContrastiveRun.run` (seed 1).
    static func timeRun(_ config: EngineConfig) -> Double {
        let t0 = Benchmark.now()
        _ = ContrastiveRun.run(config: config, seed: 1)
        return Benchmark.now() - t0
    }

    /// Best-of-`trials` rate of `GaussianSource.fillNormals` into a buffer of `count` floats, each
    /// trial filling it 16 times (normals per second, by wall clock and by thread CPU time).
    public static func normalRate(count: Int, trials: Int) -> NormalsBenchmark {
        var source = GaussianSource(seed: 1)
        var buffer = [Float](repeating: 0, count: count)
        let fills = 16
        var best = Double.infinity, bestCPU = Double.infinity
        buffer.withUnsafeMutableBufferPointer { pb in
            source.fillNormals(pb.baseAddress!, count: count)  // warm-up
            for _ in 0..<max(1, trials) {
                let t0 = now(), c0 = cpuNow()
                for _ in 0..<fills { source.fillNormals(pb.baseAddress!, count: count) }
                best = min(best, now() - t0)
                bestCPU = min(bestCPU, cpuNow() - c0)
            }
        }
        let n = Double(count * fills)
        return NormalsBenchmark(bufferFloats: count, perSecond: n / best, perSecondCPU: n / bestCPU)
    }

    /// FLOPs of one training step, from the shapes (see the type's comment).
    public static func flopsPerStep(_ c: EngineConfig) -> Double {
        let K = Double(c.batchSize), L = Double(c.tokens), m = Double(c.neurons), d1 = Double(c.ambientDim)
        return 2 * (2 * K * L * m * d1) + 2 * (2 * K * K * m) + 2 * m * K * L * d1
    }

    func measureStep(preset p: Preset, peak: PeakSGEMM, fresh: Bool = false) -> PresetBenchmark {
        let peakGFLOPS = peak.gflops
        let config = p.config
        let K = config.batchSize, n = steps ?? Benchmark.defaultSteps(p)
        var dataRNG = SeededRNG(seed: 1, stream: 2), initRNG = SeededRNG(seed: 1, stream: 3)
        var dictRNG = SeededRNG(seed: 1, stream: 1)
        let dictionary = FeatureDictionary(kind: config.dictionary, features: config.features,
                                           ambientDim: config.ambientDim, rng: &dictRNG)
        let model = SyntheticDataModel(config: config, dictionary: dictionary)
        let attention = FrozenAttention(tokens: config.tokens, scale: config.effectiveAttentionScale)
        let set = TrainingSet.synthetic(model: model, attention: attention, count: fresh ? K : config.trainPairs, rng: &dataRNG)
        let trainer = ContrastiveTrainer(config: config, rng: &initRNG)
        var orderRNG = SeededRNG(seed: 1, stream: 4), freshRNG = SeededRNG(seed: 1, stream: 5)
        let sampler = PairSampler(model: model, count: K, rng: &freshRNG)
        var order = Array(0..<set.count), cursor = order.count
        // Steps are numbered from T1 on, so the bias (and its masks) is active as in most of training.
        var t = config.biasStartStep
        /// Runs `count` steps (or, with `gemmsOnly`, the batch load and the step's GEMMs alone); returns
        /// the time spent loading batches, the total time and the thread's CPU time.
        func runSteps(_ count: Int, gemmsOnly: Bool = false) -> (load: Double, total: Double, cpu: Double) {
            var load = 0.0
            let start = Benchmark.now(), cpuStart = Benchmark.cpuNow()
            for _ in 0..<count {
                let t0 = Benchmark.now()
                if fresh {
                    trainer.drawBatch(from: sampler, attention: attention)
                } else {
                    if cursor + K > order.count { orderRNG.shuffle(&order); cursor = 0 }
                    trainer.loadBatch(from: set, indices: order[cursor..<(cursor + K)])
                    cursor += K
                }
                load += Benchmark.now() - t0
                if gemmsOnly {
                    trainer.runGEMMsOnly()
                } else {
                    trainer.step(t)
                    t += 1
                }
            }
            return (load, Benchmark.now() - start, Benchmark.cpuNow() - cpuStart)
        }
        _ = runSteps(max(2, n / 2))  // warm-up
        var perStep: [Double] = [], perLoad: [Double] = [], perCPU: [Double] = [], rss: [Int] = []
        for _ in 0..<repeats {
            let (load, total, cpu) = runSteps(n)
            perStep.append(total / Double(n))
            perCPU.append(cpu / Double(n))
            perLoad.append(load / Double(n))
            rss.append(ProcessMemory.current.rssKB)
        }
        // The ceiling: the same loop with everything but the batch load and the GEMMs left out.
        var ceilingCPU: [Double] = []
        for _ in 0..<repeats { ceilingCPU.append(runSteps(n, gemmsOnly: true).cpu / Double(n)) }
        let mem = ProcessMemory.current
        let median = Benchmark.median(perStep), best = perStep.min()!, cpu = Benchmark.median(perCPU)
        let flops = Benchmark.flopsPerStep(config)
        return PresetBenchmark(
            preset: p.rawValue, freshSamples: fresh, neurons: config.neurons, ambientDim: config.ambientDim, batchSize: K,
            tokens: config.tokens, stepsPerRepeat: n, repeats: repeats, flopsPerStep: flops,
            stepMs: median * 1e3, stepMsMin: best * 1e3, stepMsMax: perStep.max()! * 1e3,
            loadMs: Benchmark.median(perLoad) * 1e3,
            gflops: flops / median / 1e9, fractionOfPeak: flops / median / 1e9 / peakGFLOPS,
            fractionOfPeakBest: flops / best / 1e9 / peakGFLOPS,
            stepCpuMs: cpu * 1e3, fractionOfPeakCPU: flops / cpu / 1e9 / peak.cpuGflops, stepsPerSecond: 1 / median,
            peakMemoryMB: Double(mem.hwmKB) / 1024, rssGrowthKB: rss.last! - rss.first!, wholeRunSeconds: nil,
            fixedCostSeconds: nil, loadAndGEMMsCpuMs: Benchmark.median(ceilingCPU) * 1e3,
            ceilingFractionCPU: flops / Benchmark.median(ceilingCPU) / 1e9 / peak.cpuGflops,
            batchFromRows: trainer.batchIsRowsInPlace, gemmPath: trainer.gemmPath.description)
    }

    /// Best-of-`trials` rate of C = A·B for n × n matrices on one thread, in GFLOP/s.
    public static func peakSGEMM(size n: Int, trials: Int) -> PeakSGEMM {
        var rng = SeededRNG(seed: 7, stream: 0)
        var a = Matrix(rows: n, cols: n), b = Matrix(rows: n, cols: n), c = Matrix(rows: n, cols: n)
        for e in 0..<a.count { a.data[e] = Float(rng.normal()); b.data[e] = Float(rng.normal()) }  // as before (same matrices)
        BLAS.gemm(a, b, into: &c)  // warm-up
        var best = Double.infinity, bestCPU = Double.infinity
        for _ in 0..<max(1, trials) {
            let t0 = now(), c0 = cpuNow()
            BLAS.gemm(a, b, into: &c)
            best = min(best, now() - t0)
            bestCPU = min(bestCPU, cpuNow() - c0)
        }
        let flops = 2 * pow(Double(n), 3)
        return PeakSGEMM(size: n, trials: trials, seconds: best, gflops: flops / best / 1e9, cpuGflops: flops / bestCPU / 1e9)
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Wall clock (s).
    static func now() -> Double { clock(CLOCK_MONOTONIC) }
    /// CPU time of the calling thread (s): excludes time spent descheduled on a busy machine.
    /// BLAS runs on one thread, so this is all of the step's work.
    static func cpuNow() -> Double { clock(CLOCK_THREAD_CPUTIME_ID) }

    private static func clock(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}
