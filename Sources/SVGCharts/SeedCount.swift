import Markup

/// How many seeds stand behind a plotted mean when fewer than planned left a finite value:
/// `finite` of `planned`. Set on a ``DataPoint`` (or a bar of a ``BarGroup``) only when
/// `finite < planned`, so a 1-seed point is not read as a well-measured one; the data table
/// prints "(n = k of N)" beside its value and the chart's `<desc>` lists it.
public struct SeedCount: Sendable, Equatable, Codable {
    /// Seeds that left a finite value (k).
    public var finite: Int
    /// Seeds planned (N).
    public var planned: Int

    public init(finite: Int, planned: Int) {
        precondition(finite >= 0 && finite <= planned, "SeedCount: finite \(finite) must lie in 0…planned (\(planned))")
        self.finite = finite
        self.planned = planned
    }

    /// The count when it is partial (`finite < planned`), else nil: what chart builders attach.
    public static func partial(finite: Int, planned: Int) -> SeedCount? {
        finite < planned ? SeedCount(finite: finite, planned: planned) : nil
    }

    /// "n = k of N".
    public var text: String { NumberFormat.seedCount(finite: finite, planned: planned) }
}
