import ConvNet
import LinearAlgebra

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
}
