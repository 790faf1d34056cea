import Foundation
import LinearAlgebra

/// Multinomial logistic regression on frozen features (the paper's linear probe).
///
/// Features are standardised, x̃ = (x − μ) / s with μ, s fitted on the training features
/// (s = std, or 1 where std < 1e-6). For x̃ ∈ R^dim the model is
///
///     z = Wᵀx̃ + b ∈ R^C,   p = softmax(z),   p_c = exp(z_c − max z) / Σ_k exp(z_k − max z).
public struct SoftmaxProbe: Sendable {
    /// μ, one per feature.
    public let featureMean: [Float]
    /// s, one per feature.
    public let featureScale: [Float]
    /// W, dim × C.
    public let weights: Matrix
    /// b, one per class.
    public let bias: [Float]

    public var classCount: Int { bias.count }
    public var dimension: Int { featureMean.count }

    /// Fits W and b by minibatch SGD on the regularised softmax cross-entropy
    ///
    ///     L(W, b) = (1/n) Σ_i −log p_{y_i}(x̃_i) + (λ/2)‖W‖²_F,
    ///
    /// whose gradient on a batch 𝔅 with one-hot targets Y (|𝔅|×C) and probabilities P is
    ///
    ///     ∇_W = X̃_𝔅ᵀ (P − Y) / |𝔅| + λW,   ∇_b = 1ᵀ(P − Y) / |𝔅|.
    ///
    /// Epoch e (0-based) uses step η_e = η₀ · ½(1 + cos(π e / E)) and visits the samples in an
    /// order shuffled by `SeededRNG(seed:)`; W and b start at 0. Deterministic for a seed.
    public static func fit(features: Matrix, labels: [Int], classCount: Int, config: SoftmaxProbeConfig, seed: UInt64) -> SoftmaxProbe {
        let n = features.rows, dim = features.cols, C = classCount
        precondition(labels.count == n, "SoftmaxProbe.fit: \(n) feature rows but \(labels.count) labels")
        precondition(n > 0 && dim > 0 && C >= 2, "SoftmaxProbe.fit: needs samples, features and ≥ 2 classes")
        precondition(labels.allSatisfy { $0 >= 0 && $0 < C }, "SoftmaxProbe.fit: labels must be in 0..<\(C)")
        precondition(config.epochs >= 0 && config.learningRate > 0 && config.l2 >= 0, "SoftmaxProbe.fit: bad config \(config)")

        // μ, s over the training rows (Double accumulation).
        var sum = [Double](repeating: 0, count: dim), sumSq = [Double](repeating: 0, count: dim)
        for r in 0..<n {
            for c in 0..<dim {
                let v = Double(features.data[r * dim + c])
                sum[c] += v; sumSq[c] += v * v
            }
        }
        let mean = sum.map { Float($0 / Double(n)) }
        let scale = (0..<dim).map { c -> Float in
            let m = sum[c] / Double(n)
            let sd = max(0, sumSq[c] / Double(n) - m * m).squareRoot()
            return sd < 1e-6 ? 1 : Float(sd)
        }
        let x = standardize(features, mean: mean, scale: scale)   // n × dim

        var w = Matrix(rows: dim, cols: C)                          // dim × C
        var b = [Float](repeating: 0, count: C)
        let batch = (config.batchSize <= 0 || config.batchSize >= n) ? n : config.batchSize
        var order = Array(0..<n)
        var rng = SeededRNG(seed: seed)
        var xb = Matrix(rows: batch, cols: dim)                     // B × dim
        var z = Matrix(rows: batch, cols: C)                        // B × C
        var grad = Matrix(rows: dim, cols: C)                       // dim × C
        let lambda = Float(config.l2)

        for epoch in 0..<config.epochs {
            let eta = Float(config.learningRate * 0.5 * (1 + cos(Double.pi * Double(epoch) / Double(max(config.epochs, 1)))))
            if batch < n { rng.shuffle(&order) }
            var start = 0
            while start < n {
                let m = min(batch, n - start)
                if m != xb.rows { xb = Matrix(rows: m, cols: dim); z = Matrix(rows: m, cols: C) }
                x.data.withUnsafeBufferPointer { src in                  // X̃_𝔅 ← rows order[start ..< start+m]
                    xb.data.withUnsafeMutableBufferPointer { dst in
                        for i in 0..<m {
                            let s = order[start + i] * dim
                            for c in 0..<dim { dst[i * dim + c] = src[s + c] }
                        }
                    }
                }
                // Z = X̃_𝔅 W + 1bᵀ  (m × C), then Z ← P − Y.
                BLAS.gemm(xb, w, into: &z)
                var gb = [Float](repeating: 0, count: C)
                for i in 0..<m {
                    softmaxRow(&z.data, offset: i * C, count: C, bias: b)
                    z.data[i * C + labels[order[start + i]]] -= 1
                    for k in 0..<C { gb[k] += z.data[i * C + k] }
                }
                // ∇_W = X̃_𝔅ᵀ (P − Y) / m + λW   (dim × C)
                grad.data = w.data
                BLAS.gemm(xb, transA: true, z, alpha: 1 / Float(m), beta: lambda, into: &grad)
                for k in 0..<(dim * C) { w.data[k] -= eta * grad.data[k] }
                for k in 0..<C { b[k] -= eta * gb[k] / Float(m) }
                start += m
            }
        }
        return SoftmaxProbe(featureMean: mean, featureScale: scale, weights: w, bias: b)
    }

    /// p = softmax(z + b) in place on `data[offset ..< offset + count]`, max-shifted for stability.
    static func softmaxRow(_ data: inout [Float], offset: Int, count: Int, bias: [Float]) {
        var mx = -Float.infinity
        for k in 0..<count { data[offset + k] += bias[k]; mx = max(mx, data[offset + k]) }
        var s: Float = 0
        for k in 0..<count { let e = expf(data[offset + k] - mx); data[offset + k] = e; s += e }
        for k in 0..<count { data[offset + k] /= s }
    }

    /// (x − μ) / s row by row.
    static func standardize(_ f: Matrix, mean: [Float], scale: [Float]) -> Matrix {
        var out = f
        let dim = f.cols
        for r in 0..<f.rows {
            for c in 0..<dim { out.data[r * dim + c] = (out.data[r * dim + c] - mean[c]) / scale[c] }
        }
        return out
    }

    /// Class probabilities P = softmax(X̃W + 1bᵀ), n × C.
    public func probabilities(_ features: Matrix) -> Matrix {
        precondition(features.cols == dimension, "SoftmaxProbe: features have \(features.cols) columns, fitted on \(dimension)")
        let x = Self.standardize(features, mean: featureMean, scale: featureScale)
        var z = BLAS.matmul(x, weights)                              // n × C
        for i in 0..<z.rows { Self.softmaxRow(&z.data, offset: i * classCount, count: classCount, bias: bias) }
        return z
    }

    /// argmax_c z_c for each row (the lowest class index wins ties; a row whose scores are all
    /// NaN gets class 0 — use `accuracy`, which returns NaN for such input).
    public func predict(_ features: Matrix) -> [Int] {
        precondition(features.cols == dimension, "SoftmaxProbe: features have \(features.cols) columns, fitted on \(dimension)")
        let x = Self.standardize(features, mean: featureMean, scale: featureScale)
        let z = BLAS.matmul(x, weights)                              // n × C
        return (0..<z.rows).map { i in
            var best = 0, bestValue = -Float.infinity
            for k in 0..<classCount where z[i, k] + bias[k] > bestValue { best = k; bestValue = z[i, k] + bias[k] }
            return best
        }
    }

    /// False if a weight or bias is NaN or infinite (e.g. fitted on features of a diverged encoder).
    public var isFinite: Bool {
        weights.data.allSatisfy(\.isFinite) && bias.allSatisfy(\.isFinite)
    }

    /// Fraction of rows whose prediction equals the label; NaN if there are no rows, if the probe
    /// is not finite, or if any feature is NaN/infinite — a diverged run shows up as NaN, never
    /// as a plausible accuracy.
    public func accuracy(_ features: Matrix, labels: [Int]) -> Double {
        precondition(labels.count == features.rows, "SoftmaxProbe.accuracy: \(features.rows) rows but \(labels.count) labels")
        if labels.isEmpty || !isFinite || !features.data.allSatisfy(\.isFinite) { return .nan }
        let p = predict(features)
        return Double(zip(p, labels).filter { $0 == $1 }.count) / Double(labels.count)
    }
}
