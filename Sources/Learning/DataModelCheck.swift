import LinearAlgebra

/// Empirical checks of the data model on a drawn sample: activation rates of majority and minority
/// features, and NSR = Σ‖ξ‖² / Σ‖Mz‖² with ξ = x − Mz (M has orthonormal columns, so ‖Mz‖ = ‖z‖).
public struct DataModelCheck: Sendable, Equatable {
    public var rateMajority: Double
    public var rateMinority: Double
    public var nsr: Double

    /// `latents` is (n·L) × d, `tokens` the matching unpermuted view (n·L) × d1.
    public static func measure(latents z: Matrix, tokens x: Matrix, model: SyntheticDataModel) -> DataModelCheck {
        let maj = model.config.majorityCount, d = z.cols
        var activeMaj = 0, activeMin = 0, signal = 0.0
        for r in 0..<z.rows { for j in 0..<d where z[r, j] != 0 {
            if j < maj { activeMaj += 1 } else { activeMin += 1 }
            signal += Double(z[r, j] * z[r, j])
        } }
        var clean = Matrix(rows: z.rows, cols: x.cols)
        BLAS.gemm(z, model.dictionary.rows, into: &clean)   // (nL × d)·(d × d1)
        var noise = 0.0
        for e in 0..<x.count { let v = Double(x.data[e] - clean.data[e]); noise += v * v }
        let rows = Double(z.rows)
        return DataModelCheck(
            rateMajority: maj > 0 ? Double(activeMaj) / (rows * Double(maj)) : .nan,
            rateMinority: d > maj ? Double(activeMin) / (rows * Double(d - maj)) : .nan,
            nsr: signal > 0 ? noise / signal : .nan)
    }
}
