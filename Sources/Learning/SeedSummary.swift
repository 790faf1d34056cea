/// Mean ± sample standard deviation of one metric over seeds; non-finite values (diverged runs)
/// are counted apart, never silently averaged.
public struct SeedSummary: Codable, Sendable, Equatable {
    public var mean: Double
    /// Sample standard deviation (n − 1 in the denominator); 0 for a single value.
    public var std: Double
    /// Number of finite values behind mean and std.
    public var n: Int
    /// Number of non-finite values left out.
    public var nonFinite: Int

    public init(_ values: [Double]) {
        let finite = values.filter(\.isFinite)
        n = finite.count
        nonFinite = values.count - finite.count
        mean = finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count)
        if finite.count > 1 {
            let m = mean
            std = (finite.reduce(0.0) { $0 + ($1 - m) * ($1 - m) } / Double(finite.count - 1)).squareRoot()
        } else {
            std = finite.isEmpty ? .nan : 0
        }
    }

    /// A summary with known parts (e.g. read back from a `results.json`).
    public init(mean: Double, std: Double, n: Int, nonFinite: Int) {
        self.mean = mean; self.std = std; self.n = n; self.nonFinite = nonFinite
    }

    /// Same summary: equal counts and equal mean and std, NaN counting as equal to NaN (a
    /// diverged point equals its own decoded copy).
    public static func == (x: SeedSummary, y: SeedSummary) -> Bool {
        func same(_ a: Double, _ b: Double) -> Bool { (a.isNaN && b.isNaN) || a == b }
        return same(x.mean, y.mean) && same(x.std, y.std) && x.n == y.n && x.nonFinite == y.nonFinite
    }

    /// Number of values planned: the finite ones plus those left out, N = n + nonFinite.
    public var planned: Int { n + nonFinite }

    /// Whether some planned values are missing from mean and std (nonFinite > 0): the summary
    /// stands on fewer seeds than planned and must say so ("n = k of N") wherever it is printed.
    public var isPartial: Bool { nonFinite > 0 }

    /// Standard error of the mean, std/√n.
    public var standardError: Double { n > 0 ? std / Double(n).squareRoot() : .nan }
}
