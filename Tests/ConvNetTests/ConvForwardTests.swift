import ConvNet
import Foundation
import LinearAlgebra
import Testing

/// The forward passes against direct loops (the gradient checks only test backward against forward).
@Suite struct ConvForwardTests {
    @Test(arguments: [1, 3, 5])
    func conv2DMatchesADirectConvolution(kernel k: Int) {
        var rng = SeededRNG(seed: 31)
        let (cin, cout, n, h, w) = (2, 3, 2, 6, 5)
        let conv = Conv2D(inChannels: cin, outChannels: cout, kernel: k, rng: &rng)
        for o in 0..<cout { conv.bias.value[o] = Float(rng.normal()) }
        let x = GradientCheck.random(cin * n * h * w, rng: &rng)
        let col = FloatBuffer(count: conv.patchSize * n * h * w), y = FloatBuffer(count: cout * n * h * w)
        conv.forward(x.pointer, n: n, height: h, width: w, weights: conv.weight.value.pointer, col: col.pointer, output: y.pointer)
        let p = (k - 1) / 2
        var maxErr: Float = 0
        for o in 0..<cout { for i in 0..<n { for yy in 0..<h { for xx in 0..<w {
            var s = conv.bias.value[o]
            for c in 0..<cin { for a in 0..<k { for b in 0..<k {
                let sy = yy + a - p, sx = xx + b - p
                guard sy >= 0, sy < h, sx >= 0, sx < w else { continue }
                s += conv.weight.value[((o * cin + c) * k + a) * k + b] * x[((c * n + i) * h + sy) * w + sx]
            } } }
            maxErr = max(maxErr, abs(s - y[((o * n + i) * h + yy) * w + xx]))
        } } } }
        #expect(maxErr < 1e-4)
    }

    @Test func gridPoolAveragesItsCells() {
        // One channel, one 4×4 image 0…15; a 2×2 grid averages the four 2×2 quadrants, a 1×1 grid everything.
        let x = FloatBuffer((0..<16).map(Float.init))
        let f = FloatBuffer(count: 4)
        GridPool.forward(x.pointer, channels: 1, n: 1, height: 4, width: 4, grid: 2, output: f.pointer)
        #expect(f.array == [2.5, 4.5, 10.5, 12.5])
        GridPool.forward(x.pointer, channels: 1, n: 1, height: 4, width: 4, grid: 1, output: f.pointer)
        #expect(f[0] == 7.5)
        // 7×7 into 2×2: overlapping cells rows/cols 0…3 and 3…6.
        let z = FloatBuffer((0..<49).map(Float.init))
        GridPool.forward(z.pointer, channels: 1, n: 1, height: 7, width: 7, grid: 2, output: f.pointer)
        var cell: Float = 0
        for r in 0..<4 { for c in 0..<4 { cell += Float(r * 7 + c) } }
        #expect(f[0] == cell / 16)
    }

    @Test func batchNormEvaluationUsesTheBranchsRunningStatistics() {
        let bn = BatchNorm(channels: 1)
        let a = BatchNormStatistics(channels: 1), b = BatchNormStatistics(channels: 1)
        let x = FloatBuffer([1, 2, 3, 4]), xh = FloatBuffer(count: 4), y = FloatBuffer(count: 4), inv = FloatBuffer(count: 1)
        bn.forwardTraining(x.pointer, perChannel: 4, normalized: xh.pointer, output: y.pointer, inverseStd: inv.pointer, running: a)
        #expect(abs(a.mean[0] - 0.25) < 1e-6 && abs(a.variance[0] - (0.9 + 0.1 * 1.25)) < 1e-6)
        #expect(b.mean[0] == 0 && b.variance[0] == 1)   // the other branch's statistics are untouched
    }
}
