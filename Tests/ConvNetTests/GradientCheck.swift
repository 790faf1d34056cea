import ConvNet
import LinearAlgebra
import Testing

/// Central finite differences, (L(θ + ε) − L(θ − ε)) / 2ε, of a scalar function of the floats
/// at `pointer` (indices `indices`), compared with an analytic gradient by the relative error
/// ‖a − n‖ / max(‖a‖, ‖n‖, floor) over the checked coordinates.
enum GradientCheck {
    static func numeric(_ pointer: UnsafeMutablePointer<Float>, indices: [Int], epsilon: Float,
                        loss: () -> Double) -> [Double] {
        indices.map { i in
            let saved = pointer[i]
            pointer[i] = saved + epsilon
            let up = loss()
            pointer[i] = saved - epsilon
            let down = loss()
            pointer[i] = saved
            return (up - down) / (2 * Double(epsilon))
        }
    }

    static func relativeError(_ analytic: [Double], _ numeric: [Double], floor: Double = 1e-3) -> Double {
        var diff = 0.0, na = 0.0, nn = 0.0
        for (a, n) in zip(analytic, numeric) { diff += (a - n) * (a - n); na += a * a; nn += n * n }
        return diff.squareRoot() / max(na.squareRoot(), nn.squareRoot(), floor)
    }

    static func random(_ count: Int, rng: inout SeededRNG, scale: Double = 1) -> FloatBuffer {
        let b = FloatBuffer(count: count)
        for i in 0..<count { b[i] = Float(scale * rng.normal()) }
        return b
    }

    /// Σ r ⊙ y in Double.
    static func weightedSum(_ y: UnsafePointer<Float>, _ r: FloatBuffer) -> Double {
        var s = 0.0
        for i in 0..<r.count { s += Double(y[i]) * Double(r[i]) }
        return s
    }

    /// Checks `conv`'s backward pass (∂x, ∂W, ∂b) against central differences of L = Σ r ⊙ y for a
    /// random input x and weights r drawn from `rng`, at relative error < 1e-3.
    static func expectConvGradients(_ conv: Conv2D, cin: Int, cout: Int, n: Int, h: Int, w: Int, rng: inout SeededRNG) {
        let x = random(cin * n * h * w, rng: &rng), r = random(cout * n * h * w, rng: &rng)
        let col = FloatBuffer(count: conv.workspaceCount(plane: h * w, n: n)), y = FloatBuffer(count: cout * n * h * w)
        func loss() -> Double {
            conv.forward(x.pointer, n: n, height: h, width: w, weights: conv.weight.value.pointer, col: col.pointer, output: y.pointer)
            return weightedSum(y.pointer, r)
        }
        _ = loss()
        let dx = FloatBuffer(count: x.count)
        conv.backward(r.pointer, input: x.pointer, n: n, height: h, width: w, weights: conv.weight.value.pointer, col: col.pointer,
                      weightGrad: conv.weight.grad.pointer, inputGrad: dx.pointer)
        let xi = Array(0..<x.count), wi = Array(0..<conv.weight.count), bi = Array(0..<cout)
        let nx = numeric(x.pointer, indices: xi, epsilon: 1e-2, loss: loss)
        let nw = numeric(conv.weight.value.pointer, indices: wi, epsilon: 1e-2, loss: loss)
        let nb = numeric(conv.bias.value.pointer, indices: bi, epsilon: 1e-2, loss: loss)
        #expect(relativeError(xi.map { Double(dx[$0]) }, nx) < 1e-3)
        #expect(relativeError(wi.map { Double(conv.weight.grad[$0]) }, nw) < 1e-3)
        #expect(relativeError(bi.map { Double(conv.bias.grad[$0]) }, nb) < 1e-3)
    }
}
