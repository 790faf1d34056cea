import ConvNet
import Foundation
import LinearAlgebra

/// The `conv` row of `clreport bench`: speed of the conv encoder of the long-tail runs
/// (`ConvTrainingConfig.standard`, 28×28×1 inputs, N images per branch), on one thread.
///
/// - Conv layers alone: `Conv2D.forward` + `backward` of every layer on a batch of N images
///   (im2col — twice, the backward rebuilds its blocks —, the SGEMMs, col2im, bias), FLOPs counted
///   from the shapes (the products computed: the first layer's ∂x is not), per layer of
///   Cout × Cin·k² weights on N·H·W positions:
///
///       forward 2·Cout·Cin·k²·NHW,   ∂W 2·Cout·Cin·k²·NHW,   ∂x 2·Cout·Cin·k²·NHW (not for the first layer).
///
/// - Whole step: one `ContrastiveConvTrainer.step` (both branches, batch norm, pooling, head,
///   NT-Xent, optimiser; views already drawn), rated by the same conv FLOPs for 2N images.
///
/// Rates by thread CPU time (best of the repeats), as a fraction of the CPU-time SGEMM peak.
public struct ConvBenchmark: Codable, Sendable {
    public var channels: [Int]
    public var batchSize: Int
    public var convFlops: Double
    public var convMs: Double
    public var convGflopsCPU: Double
    public var convFractionOfPeakCPU: Double
    public var stepMs: Double
    public var stepGflopsCPU: Double
    public var stepFractionOfPeakCPU: Double

    static func measure(peak: PeakSGEMM, repeats: Int = 5) -> ConvBenchmark {
        let config = ConvTrainingConfig.standard
        let n = config.batchSize, (h, w) = (28, 28)
        let trainer = ContrastiveConvTrainer(config: config, channels: 1, height: h, width: w, seed: 1)
        var rng = SeededRNG(seed: 2)
        for i in 0..<trainer.inputA.count { trainer.inputA[i] = Float(rng.normal()); trainer.inputB[i] = Float(rng.normal()) }

        // Conv layers alone, on buffers of their shapes.
        let sizes = config.encoder.blockSizes(height: h, width: w)
        let convs = trainer.encoder.convs
        var convFlops = 0.0
        var layers: [(x: FloatBuffer, col: FloatBuffer, y: FloatBuffer, dx: FloatBuffer?, h: Int, w: Int)] = []
        for (b, conv) in convs.enumerated() {
            let m = n * sizes[b].inH * sizes[b].inW
            let x = FloatBuffer(count: conv.inChannels * m)
            for i in 0..<x.count { x[i] = Float(rng.normal()) }
            layers.append((x, FloatBuffer(count: conv.workspaceCount(plane: sizes[b].inH * sizes[b].inW, n: n)), FloatBuffer(count: conv.outChannels * m),
                           b == 0 ? nil : FloatBuffer(count: conv.inChannels * m), sizes[b].inH, sizes[b].inW))
            convFlops += Double(b == 0 ? 2 : 3) * 2 * Double(conv.outChannels * conv.patchSize * m)
        }
        func convPass() {
            for (b, conv) in convs.enumerated() {
                let l = layers[b]
                conv.forward(l.x.pointer, n: n, height: l.h, width: l.w, weights: conv.weight.value.pointer, col: l.col.pointer, output: l.y.pointer)
                conv.backward(l.y.pointer, input: l.x.pointer, n: n, height: l.h, width: l.w, weights: conv.weight.value.pointer, col: l.col.pointer,
                              weightGrad: conv.weight.grad.pointer, inputGrad: l.dx?.pointer)
            }
        }
        convPass()
        var bestConv = Double.infinity
        for _ in 0..<max(1, repeats) {
            let c0 = Benchmark.cpuNow()
            for _ in 0..<4 { convPass() }
            bestConv = min(bestConv, (Benchmark.cpuNow() - c0) / 4)
        }
        trainer.encoder.zeroGradients()

        // The whole training step (tiny learning rate: the weights stay near their start).
        trainer.step(learningRate: 1e-6)
        var bestStep = Double.infinity
        for _ in 0..<max(1, repeats) {
            let c0 = Benchmark.cpuNow()
            for _ in 0..<2 { trainer.step(learningRate: 1e-6) }
            bestStep = min(bestStep, (Benchmark.cpuNow() - c0) / 2)
        }
        let stepFlops = 2 * convFlops
        return ConvBenchmark(channels: config.encoder.channels, batchSize: n, convFlops: convFlops, convMs: bestConv * 1e3,
                             convGflopsCPU: convFlops / bestConv / 1e9, convFractionOfPeakCPU: convFlops / bestConv / 1e9 / peak.cpuGflops,
                             stepMs: bestStep * 1e3, stepGflopsCPU: stepFlops / bestStep / 1e9,
                             stepFractionOfPeakCPU: stepFlops / bestStep / 1e9 / peak.cpuGflops)
    }

    /// The table line.
    var line: String {
        func f(_ x: Double, _ d: Int) -> String { String(format: "%.\(d)f", x) }
        return "conv (channels \(channels.map(String.init).joined(separator: "-")), N = \(batchSize) per branch, 28×28): "
            + "conv fwd+bwd \(f(convFlops / 1e6, 1)) MFLOP in \(f(convMs, 2)) ms = \(f(convGflopsCPU, 1)) GFLOP/s, "
            + "\(f(100 * convFractionOfPeakCPU, 1)) % of the CPU-time peak; whole SimCLR step (2N images) \(f(stepMs, 1)) ms = "
            + "\(f(stepGflopsCPU, 1)) GFLOP/s of conv work, \(f(100 * stepFractionOfPeakCPU, 1)) %"
    }
}
