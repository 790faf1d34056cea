import Learning

/// One reading run on one block of seeds: its aggregated sweeps, its claims (through the
/// `ReadingClaims` adapter) and each claim effect's paired estimate.
public struct ReadingEvaluation: Codable, Sendable, Equatable {
    public var reading: Reading
    public var firstSeed: Int
    public var seeds: Int
    public var sweeps: [SweepResult]
    public var claims: [PaperClaim]
    /// `ClaimEffect` id → paired comparison; effects whose points the reading lacks are absent.
    public var effects: [String: Comparison]

    public init(setup: ReadingSetup, profile: ReportProfile, base: EngineConfig, sweeps: [SweepResult]) {
        reading = setup.reading; firstSeed = setup.firstSeed; seeds = setup.seeds; self.sweeps = sweeps
        claims = ReadingClaims.evaluate(setup, profile: profile, base: base, sweeps: sweeps)
        var e: [String: Comparison] = [:]
        for effect in ClaimEffect.all {
            e[effect.id] = effect.estimate(sweeps, nsrs: profile.nsrs, variant: setup.variant)
        }
        effects = e
    }

    /// A constructed evaluation (tests, diff tooling).
    init(reading: Reading, firstSeed: Int, seeds: Int, sweeps: [SweepResult], claims: [PaperClaim], effects: [String: Comparison]) {
        self.reading = reading; self.firstSeed = firstSeed; self.seeds = seeds; self.sweeps = sweeps
        self.claims = claims; self.effects = effects
    }

    public func claim(_ id: String) -> PaperClaim? { claims.first { $0.id == id } }
    public func count(_ v: Verdict) -> Int { claims.filter { $0.verdict == v }.count }

    /// "1–5".
    public var seedLabel: String { seeds == 1 ? "\(firstSeed)" : "\(firstSeed)–\(firstSeed + seeds - 1)" }

    /// The search's order of preference: more PASS, then fewer FAIL (ties keep declaration order).
    public func isMoreFavourable(than other: ReadingEvaluation) -> Bool {
        let a = (count(.pass), -count(.fail)), b = (other.count(.pass), -other.count(.fail))
        return a > b
    }
}
