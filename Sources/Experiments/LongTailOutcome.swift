/// What the long-tail part of a report produces: the table, its claims, and for provenance the
/// recorded compute seconds and cache keys of every run it used (runs, then baselines).
public struct LongTailOutcome: Sendable, Equatable {
    public var table: LongTailTable
    public var claims: [PaperClaim]
    public var seconds: [Double]
    public var cacheKeys: [String]

    public init(table: LongTailTable, claims: [PaperClaim], seconds: [Double], cacheKeys: [String]) {
        self.table = table; self.claims = claims; self.seconds = seconds; self.cacheKeys = cacheKeys
    }
}
