import ConvNet
import Foundation
import LinearAlgebra
import Testing

/// Finite-difference checks of every layer's backward pass, each on L = Σ r ⊙ y for a random r
/// (so ∂L/∂y = r), at small sizes.
@Suite struct LayerGradientTests {
    @Test func conv2DGradientsMatchFiniteDifferences() {
        var rng = SeededRNG(seed: 11)
        let (cin, cout, n, h, w) = (2, 3, 2, 5, 4)
        let conv = Conv2D(inChannels: cin, outChannels: cout, kernel: 3, rng: &rng)
        for i in 0..<cout { conv.bias.value[i] = Float(rng.normal()) }
        GradientCheck.expectConvGradients(conv, cin: cin, cout: cout, n: n, h: h, w: w, rng: &rng)
    }

    @Test func im2colOfOneByOneKernelIsTheIdentity() {
        var rng = SeededRNG(seed: 3)
        let x = GradientCheck.random(2 * 3 * 4 * 5, rng: &rng)
        let col = FloatBuffer(count: x.count)
        Im2Col.im2col(x.pointer, channels: 2, n: 3, height: 4, width: 5, kernel: 1, padding: 0, into: col.pointer)
        #expect(col.array == x.array)
    }

    @Test(arguments: [Pool2D.Kind.max, .average])
    func poolGradientMatchesFiniteDifferences(kind: Pool2D.Kind) {
        var rng = SeededRNG(seed: 12)
        let (planes, h, w) = (3, 4, 6)
        let pool = Pool2D(kind)
        // Values on a grid of step 0.1, shuffled: every window's maximum is unique by ≥ 0.1 ≫ ε.
        var values = (0..<(planes * h * w)).map { Float($0) * 0.1 }
        rng.shuffle(&values)
        let x = FloatBuffer(values)
        let r = GradientCheck.random(planes * h * w / 4, rng: &rng)
        let y = FloatBuffer(count: r.count)
        let am = UnsafeMutablePointer<Int32>.allocate(capacity: r.count)
        defer { am.deallocate() }
        func loss() -> Double {
            pool.forward(x.pointer, planes: planes, height: h, width: w, output: y.pointer, argmax: am)
            return GradientCheck.weightedSum(y.pointer, r)
        }
        _ = loss()
        let dx = FloatBuffer(count: x.count)
        pool.backward(r.pointer, planes: planes, height: h, width: w, argmax: am, inputGrad: dx.pointer)
        let idx = Array(0..<x.count)
        let num = GradientCheck.numeric(x.pointer, indices: idx, epsilon: 1e-2, loss: loss)
        #expect(GradientCheck.relativeError(idx.map { Double(dx[$0]) }, num) < 1e-3)
    }

    @Test func globalAveragePoolGradientMatchesFiniteDifferences() {
        var rng = SeededRNG(seed: 13)
        let (c, n, plane) = (3, 2, 5)
        let x = GradientCheck.random(c * n * plane, rng: &rng)
        let r = GradientCheck.random(n * c, rng: &rng)
        let f = FloatBuffer(count: n * c)
        func loss() -> Double {
            GlobalAveragePool.forward(x.pointer, channels: c, n: n, plane: plane, output: f.pointer)
            return GradientCheck.weightedSum(f.pointer, r)
        }
        _ = loss()
        #expect(abs(f[1 * c + 2] - (0..<plane).map { x[(2 * n + 1) * plane + $0] }.reduce(0, +) / Float(plane)) < 1e-6)
        let dx = FloatBuffer(count: x.count)
        GlobalAveragePool.backward(r.pointer, channels: c, n: n, plane: plane, inputGrad: dx.pointer)
        let idx = Array(0..<x.count)
        let num = GradientCheck.numeric(x.pointer, indices: idx, epsilon: 1e-2, loss: loss)
        #expect(GradientCheck.relativeError(idx.map { Double(dx[$0]) }, num) < 1e-3)
    }

    @Test func batchNormGradientsMatchFiniteDifferences() {
        var rng = SeededRNG(seed: 14)
        let (c, m) = (3, 10)
        let bn = BatchNorm(channels: c)
        for i in 0..<c { bn.gamma.value[i] = Float(1 + 0.5 * rng.normal()); bn.beta.value[i] = Float(rng.normal()) }
        let x = GradientCheck.random(c * m, rng: &rng, scale: 2)
        let r = GradientCheck.random(c * m, rng: &rng)
        let xh = FloatBuffer(count: c * m), y = FloatBuffer(count: c * m), inv = FloatBuffer(count: c)
        func loss() -> Double {
            bn.forwardTraining(x.pointer, perChannel: m, normalized: xh.pointer, output: y.pointer, inverseStd: inv.pointer, running: nil)
            return GradientCheck.weightedSum(y.pointer, r)
        }
        _ = loss()
        // The normalised output has mean 0 and variance ≈ 1 per channel.
        let mean0 = (0..<m).map { Double(xh[$0]) }.reduce(0, +) / Double(m)
        #expect(abs(mean0) < 1e-5)
        let dx = FloatBuffer(count: c * m)
        bn.backward(r.pointer, perChannel: m, normalized: xh.pointer, inverseStd: inv.pointer, inputGrad: dx.pointer)
        let xi = Array(0..<x.count), ci = Array(0..<c)
        let nx = GradientCheck.numeric(x.pointer, indices: xi, epsilon: 1e-2, loss: loss)
        let ng = GradientCheck.numeric(bn.gamma.value.pointer, indices: ci, epsilon: 1e-2, loss: loss)
        let nb = GradientCheck.numeric(bn.beta.value.pointer, indices: ci, epsilon: 1e-2, loss: loss)
        #expect(GradientCheck.relativeError(xi.map { Double(dx[$0]) }, nx) < 5e-3)
        #expect(GradientCheck.relativeError(ci.map { Double(bn.gamma.grad[$0]) }, ng) < 1e-3)
        #expect(GradientCheck.relativeError(ci.map { Double(bn.beta.grad[$0]) }, nb) < 1e-3)
    }

    @Test func linearGradientsMatchFiniteDifferences() {
        var rng = SeededRNG(seed: 15)
        let (n, din, dout) = (4, 5, 3)
        let lin = Linear(inputs: din, outputs: dout, rng: &rng)
        let x = GradientCheck.random(n * din, rng: &rng)
        let r = GradientCheck.random(n * dout, rng: &rng)
        let y = FloatBuffer(count: n * dout)
        func loss() -> Double {
            lin.forward(x.pointer, n: n, output: y.pointer)
            return GradientCheck.weightedSum(y.pointer, r)
        }
        _ = loss()
        let dx = FloatBuffer(count: x.count)
        lin.backward(r.pointer, input: x.pointer, n: n, inputGrad: dx.pointer)
        let xi = Array(0..<x.count), wi = Array(0..<lin.weight.count), bi = Array(0..<dout)
        let nx = GradientCheck.numeric(x.pointer, indices: xi, epsilon: 1e-2, loss: loss)
        let nw = GradientCheck.numeric(lin.weight.value.pointer, indices: wi, epsilon: 1e-2, loss: loss)
        let nb = GradientCheck.numeric(lin.bias.value.pointer, indices: bi, epsilon: 1e-2, loss: loss)
        #expect(GradientCheck.relativeError(xi.map { Double(dx[$0]) }, nx) < 1e-3)
        #expect(GradientCheck.relativeError(wi.map { Double(lin.weight.grad[$0]) }, nw) < 1e-3)
        #expect(GradientCheck.relativeError(bi.map { Double(lin.bias.grad[$0]) }, nb) < 1e-3)
    }

    @Test func reluZeroesNegativeValuesAndTheirGradients() {
        let x = FloatBuffer([-1, 2, 0, -0.5, 3])
        ReLU.forward(x.pointer, count: 5)
        #expect(x.array == [0, 2, 0, 0, 3])
        let g = FloatBuffer([1, 1, 1, 1, 1])
        ReLU.backward(output: x.pointer, grad: g.pointer, count: 5)
        #expect(g.array == [0, 1, 0, 0, 1])
    }
}
