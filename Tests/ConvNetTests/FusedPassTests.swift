import ConvNet
import Foundation
import LinearAlgebra
import Testing

/// The fast paths of the encoder against their plain definitions: the conv's image blocks against
/// one whole-batch block and against finite differences, col2im as the adjoint of im2col, and
/// batch norm fused with the ReLU against batch norm followed by `ReLU`.
@Suite struct FusedPassTests {
    /// One forward + backward of `conv` on fixed data; returns (y, ∂W, ∂b, ∂x).
    static func pass(_ conv: Conv2D, x: FloatBuffer, r: FloatBuffer, n: Int, h: Int, w: Int) -> ([Float], [Float], [Float], [Float]) {
        let col = FloatBuffer(count: conv.workspaceCount(plane: h * w, n: n)), y = FloatBuffer(count: conv.outChannels * n * h * w)
        let dx = FloatBuffer(count: x.count)
        conv.weight.grad.zero(); conv.bias.grad.zero()
        conv.forward(x.pointer, n: n, height: h, width: w, weights: conv.weight.value.pointer, col: col.pointer, output: y.pointer)
        conv.backward(r.pointer, input: x.pointer, n: n, height: h, width: w, weights: conv.weight.value.pointer, col: col.pointer,
                      weightGrad: conv.weight.grad.pointer, inputGrad: dx.pointer)
        return (y.array, conv.weight.grad.array, conv.bias.grad.array, dx.array)
    }

    static func maxDifference(_ a: [Float], _ b: [Float]) -> Float {
        zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }

    @Test(arguments: [1, 2, 3])
    func convInImageBlocksMatchesOneBlock(imagesPerBlock: Int) {
        var rng = SeededRNG(seed: 21)
        let (cin, cout, n, h, w) = (3, 4, 5, 6, 7)
        let conv = Conv2D(inChannels: cin, outChannels: cout, kernel: 3, rng: &rng)
        for o in 0..<cout { conv.bias.value[o] = Float(rng.normal()) }
        let x = GradientCheck.random(cin * n * h * w, rng: &rng), r = GradientCheck.random(cout * n * h * w, rng: &rng)
        let whole = Self.pass(conv, x: x, r: r, n: n, h: h, w: w)
        #expect(conv.imagesPerBlock(plane: h * w, n: n) == n)
        conv.blockFloats = conv.patchSize * h * w * imagesPerBlock
        #expect(conv.imagesPerBlock(plane: h * w, n: n) == imagesPerBlock)
        let blocked = Self.pass(conv, x: x, r: r, n: n, h: h, w: w)
        #expect(Self.maxDifference(whole.0, blocked.0) < 1e-5)
        #expect(Self.maxDifference(whole.1, blocked.1) < 1e-4)
        #expect(Self.maxDifference(whole.2, blocked.2) < 1e-4)
        #expect(Self.maxDifference(whole.3, blocked.3) < 1e-5)
        // And not trivially: the gradients are not all zero.
        #expect(whole.1.contains { abs($0) > 0.1 } && whole.3.contains { abs($0) > 0.1 })
    }

    @Test func blockedConvGradientsMatchFiniteDifferences() {
        var rng = SeededRNG(seed: 22)
        let (cin, cout, n, h, w) = (2, 3, 3, 4, 5)
        let conv = Conv2D(inChannels: cin, outChannels: cout, kernel: 3, rng: &rng)
        conv.blockFloats = conv.patchSize * h * w * 2   // blocks of 2 and 1 images
        for i in 0..<cout { conv.bias.value[i] = Float(rng.normal()) }
        GradientCheck.expectConvGradients(conv, cin: cin, cout: cout, n: n, h: h, w: w, rng: &rng)
    }

    /// ⟨im2col(x), c⟩ = ⟨x, col2im(c)⟩ for kernels up to larger than the image.
    @Test(arguments: [(1, 4, 5), (3, 4, 5), (5, 3, 2), (7, 2, 3)])
    func col2imIsTheAdjointOfIm2col(kernel k: Int, height h: Int, width w: Int) {
        var rng = SeededRNG(seed: 23)
        let (ch, n, p) = (2, 3, (k - 1) / 2)
        let x = GradientCheck.random(ch * n * h * w, rng: &rng), c = GradientCheck.random(ch * k * k * n * h * w, rng: &rng)
        let col = FloatBuffer(count: c.count), back = FloatBuffer(count: x.count)
        Im2Col.im2col(x.pointer, channels: ch, n: n, height: h, width: w, kernel: k, padding: p, into: col.pointer)
        let left = (0..<c.count).reduce(0.0) { $0 + Double(col[$1]) * Double(c[$1]) }
        Im2Col.col2im(c.pointer, channels: ch, n: n, height: h, width: w, kernel: k, padding: p, into: back.pointer)
        let right = (0..<x.count).reduce(0.0) { $0 + Double(x[$1]) * Double(back[$1]) }
        #expect(abs(left - right) < 1e-4 * max(1, abs(left)))
        // im2col against its definition.
        var wrong = 0
        for cc in 0..<ch { for a in 0..<k { for b in 0..<k { for i in 0..<n { for y in 0..<h { for xx in 0..<w {
            let sy = y + a - p, sx = xx + b - p
            let expected: Float = sy >= 0 && sy < h && sx >= 0 && sx < w ? x[((cc * n + i) * h + sy) * w + sx] : 0
            if col[((cc * k + a) * k + b) * n * h * w + (i * h + y) * w + xx] != expected { wrong += 1 }
        } } } } } }
        #expect(wrong == 0)
    }

    @Test func batchNormWithReLUIsBatchNormThenReLU() {
        var rng = SeededRNG(seed: 24)
        let (c, m) = (3, 37)
        let bn = BatchNorm(channels: c)
        for i in 0..<c { bn.gamma.value[i] = Float(1 + 0.5 * rng.normal()); bn.beta.value[i] = Float(rng.normal()) }
        let x = GradientCheck.random(c * m, rng: &rng, scale: 2), d = GradientCheck.random(c * m, rng: &rng)
        let xh = FloatBuffer(count: c * m), y = FloatBuffer(count: c * m), inv = FloatBuffer(count: c)
        let xh2 = FloatBuffer(count: c * m), y2 = FloatBuffer(count: c * m), inv2 = FloatBuffer(count: c)
        let runA = BatchNormStatistics(channels: c), runB = BatchNormStatistics(channels: c)
        bn.forwardTraining(x.pointer, perChannel: m, normalized: xh.pointer, output: y.pointer, inverseStd: inv.pointer, running: runA)
        ReLU.forward(y.pointer, count: c * m)
        bn.forwardTraining(x.pointer, perChannel: m, normalized: xh2.pointer, output: y2.pointer, inverseStd: inv2.pointer,
                           running: runB, relu: true)
        #expect(y.array == y2.array && xh.array == xh2.array && inv.array == inv2.array)
        #expect(runA.mean.array == runB.mean.array && runA.variance.array == runB.variance.array)
        #expect(y.array.contains(0) && y.array.contains { $0 > 0 })
        // Backward: mask then batch norm, against the fused pass.
        let g = FloatBuffer(d.array)
        ReLU.backward(output: y.pointer, grad: g.pointer, count: c * m)
        let dx = FloatBuffer(count: c * m)
        bn.backward(g.pointer, perChannel: m, normalized: xh.pointer, inverseStd: inv.pointer, inputGrad: dx.pointer)
        let (gg, gb) = (bn.gamma.grad.array, bn.beta.grad.array)
        bn.gamma.grad.zero(); bn.beta.grad.zero()
        let dx2 = FloatBuffer(d.array)
        bn.backward(dx2.pointer, perChannel: m, normalized: xh.pointer, inverseStd: inv.pointer, inputGrad: dx2.pointer,
                    reluOutput: y.pointer)
        #expect(dx.array == dx2.array && gg == bn.gamma.grad.array && gb == bn.beta.grad.array)
    }

    @Test func batchNormReLUAveragePoolIsTheThreeLayers() {
        var rng = SeededRNG(seed: 25)
        let (c, n, h, w) = (3, 2, 6, 10)
        let m = n * h * w
        let bn = BatchNorm(channels: c)
        for i in 0..<c { bn.gamma.value[i] = Float(1 + 0.5 * rng.normal()); bn.beta.value[i] = Float(rng.normal()) }
        let x = GradientCheck.random(c * m, rng: &rng, scale: 2), dp = GradientCheck.random(c * m / 4, rng: &rng)
        let xh = FloatBuffer(count: c * m), y = FloatBuffer(count: c * m), inv = FloatBuffer(count: c), pooled = FloatBuffer(count: c * m / 4)
        let xh2 = FloatBuffer(count: c * m), inv2 = FloatBuffer(count: c), pooled2 = FloatBuffer(count: c * m / 4)
        let scratch = FloatBuffer(count: m), am = UnsafeMutablePointer<Int32>.allocate(capacity: c * m / 4)
        defer { am.deallocate() }
        bn.forwardTraining(x.pointer, perChannel: m, normalized: xh.pointer, output: y.pointer, inverseStd: inv.pointer, running: nil,
                           relu: true)
        Pool2D(.average).forward(y.pointer, planes: c * n, height: h, width: w, output: pooled.pointer, argmax: am)
        bn.forwardTrainingReLUAveragePool(x.pointer, n: n, height: h, width: w, normalized: xh2.pointer, scratch: scratch.pointer,
                                          pooled: pooled2.pointer, inverseStd: inv2.pointer, running: nil)
        #expect(pooled.array == pooled2.array && xh.array == xh2.array && inv.array == inv2.array)
        let g = FloatBuffer(count: c * m)
        Pool2D(.average).backward(dp.pointer, planes: c * n, height: h, width: w, argmax: am, inputGrad: g.pointer)
        bn.backward(g.pointer, perChannel: m, normalized: xh.pointer, inverseStd: inv.pointer, inputGrad: g.pointer, reluOutput: y.pointer)
        let (gg, gb) = (bn.gamma.grad.array, bn.beta.grad.array)
        bn.gamma.grad.zero(); bn.beta.grad.zero()
        let dx = FloatBuffer(count: c * m)
        bn.backwardReLUAveragePool(dp.pointer, n: n, height: h, width: w, normalized: xh.pointer, inverseStd: inv.pointer,
                                   scratch: scratch.pointer, inputGrad: dx.pointer)
        #expect(Self.maxDifference(g.array, dx.array) < 1e-6)
        #expect(Self.maxDifference(gg, bn.gamma.grad.array) < 1e-5 && Self.maxDifference(gb, bn.beta.grad.array) < 1e-5)
        #expect(g.array.contains { abs($0) > 0.01 })
    }
}
