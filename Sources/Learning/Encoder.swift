import LinearAlgebra

/// The trained encoder f(X) = (h_1(X), …, h_m(X)), h_i(X) = Σ_r BReLU_{b_i}(⟨w_i, a^(r)⟩), frozen
/// for evaluation.
public struct Encoder: Sendable {
    /// m × d1.
    public let weights: Matrix
    /// m.
    public let bias: [Float]
    public let tokens: Int

    public init(weights: Matrix, bias: [Float], tokens: Int) {
        precondition(bias.count == weights.rows, "Encoder: \(bias.count) biases for \(weights.rows) neurons")
        self.weights = weights
        self.bias = bias
        self.tokens = tokens
    }

    /// Features F (n × m) for attention outputs A ((n·L) × d1), in chunks of 512 samples.
    public func features(_ a: Matrix) -> Matrix {
        let L = tokens, m = weights.rows, d1 = weights.cols
        precondition(a.cols == d1 && a.rows % L == 0, "Encoder.features: A is \(a.rows)×\(a.cols)")
        let n = a.rows / L
        var f = Matrix(rows: n, cols: m)
        let chunk = 512
        var u = [Float](repeating: 0, count: chunk * L * m)
        a.data.withUnsafeBufferPointer { pa in
            weights.data.withUnsafeBufferPointer { pw in
                bias.withUnsafeBufferPointer { pb in
                    f.data.withUnsafeMutableBufferPointer { pf in
                        u.withUnsafeMutableBufferPointer { pu in
                            var start = 0
                            while start < n {
                                let c = min(chunk, n - start)
                                // U (cL × m) = A_chunk (cL × d1) · Wᵀ (d1 × m)
                                BLAS.sgemm(transA: false, transB: true, m: c * L, n: m, k: d1, alpha: 1,
                                           a: pa.baseAddress! + start * L * d1, lda: d1, b: pw.baseAddress!, ldb: d1,
                                           beta: 0, c: pu.baseAddress!, ldc: m)
                                BReLU.pool(pu.baseAddress!, tokens: L, samples: c, neurons: m, bias: pb.baseAddress!,
                                           into: pf.baseAddress! + start * m)
                                start += c
                            }
                        }
                    }
                }
            }
        }
        return f
    }
}
