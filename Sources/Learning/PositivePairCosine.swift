import LinearAlgebra

/// Representation quality on positive pairs (SPEC §6, Fig 4):
///
///     mean_n cos(f(X_n), f(Y_n)) = mean_n ⟨f(X_n), f(Y_n)⟩ / (‖f(X_n)‖ ‖f(Y_n)‖)
///
/// over fresh test pairs; a pair with a zero representation counts as cosine 0.
public enum PositivePairCosine {
    public static func mean(_ fx: Matrix, _ fy: Matrix) -> Double {
        precondition(fx.rows == fy.rows && fx.cols == fy.cols, "PositivePairCosine: shapes differ")
        if fx.rows == 0 { return .nan }
        var total = 0.0
        for n in 0..<fx.rows {
            var xy = 0.0, xx = 0.0, yy = 0.0
            for c in 0..<fx.cols {
                let a = Double(fx[n, c]), b = Double(fy[n, c])
                xy += a * b; xx += a * a; yy += b * b
            }
            if xx > 0 && yy > 0 { total += xy / (xx * yy).squareRoot() }
        }
        return total / Double(fx.rows)
    }
}
