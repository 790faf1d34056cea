/// How an estimate is printed, by what it measures: its decimals (counts of neurons with one,
/// steps as integers, cosines, log-ratios and errors with three, accuracies in percentage points
/// with two) and its unit ("" for dimensionless quantities).
public struct Quantity: Codable, Sendable, Equatable {
    public var decimals: Int
    public var unit: String
    /// Printed value = stored value × `scale` (100: a fraction printed in percentage points).
    public var scale: Double

    public init(decimals: Int, unit: String, scale: Double = 1) {
        self.decimals = decimals; self.unit = unit; self.scale = scale
    }

    /// Cosines, log-ratios, coefficients, errors: three decimals, no unit.
    public static let ratio = Quantity(decimals: 3, unit: "")
    /// Training steps: integers.
    public static let steps = Quantity(decimals: 0, unit: "steps")
    /// Numbers of neurons (means over seeds): one decimal.
    public static let neurons = Quantity(decimals: 1, unit: "neurons")
    /// Accuracies and accuracy gaps stored as fractions, printed in percentage points: two decimals.
    public static let points = Quantity(decimals: 2, unit: "pts", scale: 100)

    /// " steps", or "" without a unit.
    public var suffix: String { unit.isEmpty ? "" : " " + unit }
}
