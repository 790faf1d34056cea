import Testing
import LinearAlgebra

@Suite struct SymmetricEigenTests {
    @Test func jacobiMatchesAKnownDecomposition() {
        // A = [[2, 1], [1, 2]] has eigenvalues 1 and 3.
        var a: [Double] = [2, 1, 1, 2]
        let (values, vectors) = SymmetricEigen.jacobi(&a, n: 2)
        #expect(values.sorted().map { ($0 * 1e9).rounded() / 1e9 } == [1, 3])
        // A u_k = λ_k u_k for each column.
        let orig: [Double] = [2, 1, 1, 2]
        for k in 0..<2 {
            for i in 0..<2 {
                let au = orig[i * 2] * vectors[k] + orig[i * 2 + 1] * vectors[2 + k]
                #expect(abs(au - values[k] * vectors[i * 2 + k]) < 1e-12)
            }
        }
    }

    /// A 4 × 4 symmetric matrix: A u_k = λ_k u_k, V orthonormal, and Σλ = trace(A).
    @Test func jacobiDecomposesA4x4Matrix() {
        let n = 4
        let orig: [Double] = [4, 1, -2, 2,
                              1, 2, 0, 1,
                              -2, 0, 3, -2,
                              2, 1, -2, -1]
        var a = orig
        let (values, v) = SymmetricEigen.jacobi(&a, n: n)
        for k in 0..<n {
            for i in 0..<n {
                var au = 0.0
                for j in 0..<n { au += orig[i * n + j] * v[j * n + k] }
                #expect(abs(au - values[k] * v[i * n + k]) < 1e-10)
            }
            for l in 0..<n {
                var dot = 0.0
                for i in 0..<n { dot += v[i * n + k] * v[i * n + l] }
                #expect(abs(dot - (k == l ? 1 : 0)) < 1e-12)
            }
        }
        let trace: Double = 4 + 2 + 3 - 1
        let sum = values.reduce(0, +)
        #expect(abs(sum - trace) < 1e-10)
    }
}
