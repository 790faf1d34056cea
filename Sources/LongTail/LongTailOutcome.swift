import Claims

/// What the long-tail part of a report produces: the table, its claims, and for provenance the
/// recorded compute seconds and cache keys of every run it used (runs, then baselines).
///
/// Gates for the pruning claims (read them before reading any pruning verdict):
/// - `encoderBeatsRawPixels`: the unpruned encoder's mean linear-probe accuracy at ρ = 1 is above
///   the raw-pixel probe's on the same labelled subset and test images; if not, pruning would be
///   measured on a representation worse than its input, and the pruning claims are withheld.
/// - `premise`: imbalance visibly hurts the unpruned encoder's tail (`LongTailPremise`); where it
///   does not, pruning has nothing to repair and the pruning claims are withheld.
public struct LongTailOutcome: Sendable, Equatable {
    public var table: LongTailTable
    public var encoderBeatsRawPixels: Bool { table.encoderBeatsRawPixels ?? false }
    public var premiseHolds: Bool { table.premise?.holds ?? false }
    public var premise: LongTailPremise? { table.premise }
    public var claims: [PaperClaim]
    public var seconds: [Double]
    public var cacheKeys: [String]

    public init(table: LongTailTable, claims: [PaperClaim], seconds: [Double], cacheKeys: [String]) {
        self.table = table; self.claims = claims; self.seconds = seconds; self.cacheKeys = cacheKeys
    }
}
