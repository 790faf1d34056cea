import Claims
import Experiments
import Learning
import LongTail
import Readings

/// Everything a report shows and a later diff needs (`results.json`): the plan, aggregated metrics
/// per sweep point, Fig 1 trajectories, the long-tail table, claim verdicts and provenance.
public struct ReportResults: Codable, Sendable, Equatable {
    /// Version of this file's layout (`clreport diff` reads older ones where fields exist).
    public var resultsSchema: Int
    public var plan: ReportPlan
    public var sweeps: [SweepResult]
    public var trajectories: [NeuronTrajectorySet]
    public var longTail: LongTailTable?
    public var claims: [PaperClaim]
    /// The robustness map's readings (absent in files written before readings existed).
    public var readings: ReadingsResult?
    public var provenance: Provenance

    /// v2: claims are paper claims with sub-tests; dense and masked weight metrics.
    public static let currentSchema = 2

    /// The profile (the plan's; `results.json` also writes it at the top level for readers).
    public var profile: ReportProfile { plan.profile }

    public init(resultsSchema: Int = ReportResults.currentSchema, plan: ReportPlan, sweeps: [SweepResult],
                trajectories: [NeuronTrajectorySet], longTail: LongTailTable?, claims: [PaperClaim], readings: ReadingsResult? = nil, provenance: Provenance) {
        self.resultsSchema = resultsSchema; self.plan = plan; self.sweeps = sweeps; self.trajectories = trajectories
        self.longTail = longTail; self.claims = claims; self.readings = readings; self.provenance = provenance
    }

    enum CodingKeys: String, CodingKey { case resultsSchema, profile, plan, sweeps, trajectories, longTail, claims, readings, provenance }

    public init(from decoder: Swift.Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        resultsSchema = try c.decode(Int.self, forKey: .resultsSchema)
        plan = try c.decode(ReportPlan.self, forKey: .plan)
        sweeps = try c.decode([SweepResult].self, forKey: .sweeps)
        trajectories = try c.decode([NeuronTrajectorySet].self, forKey: .trajectories)
        longTail = try c.decodeIfPresent(LongTailTable.self, forKey: .longTail)
        claims = try c.decode([RegisteredClaim].self, forKey: .claims).map(\.claim)
        readings = try c.decodeIfPresent(ReadingsResult.self, forKey: .readings)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// A claim of `results.json` whose section is a figure of the report (``FigureID/all``): a
    /// section no figure has is refused, "unknown claim section '…'" at the claim's `section`.
    private struct RegisteredClaim: Decodable {
        let claim: PaperClaim
        private enum Key: String, CodingKey { case section }

        init(from decoder: any Swift.Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            let name = try c.decode(String.self, forKey: .section)
            guard FigureID.registered(resultsName: name) != nil else {
                throw DecodingError.dataCorruptedError(forKey: .section, in: c, debugDescription: "unknown claim section '\(name)'")
            }
            claim = try PaperClaim(from: decoder)
        }
    }

    /// The stored shape is unchanged: `profile` stays a top-level key (derived from the plan).
    public func encode(to encoder: Swift.Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(resultsSchema, forKey: .resultsSchema)
        try c.encode(profile, forKey: .profile)
        try c.encode(plan, forKey: .plan)
        try c.encode(sweeps, forKey: .sweeps)
        try c.encode(trajectories, forKey: .trajectories)
        try c.encodeIfPresent(longTail, forKey: .longTail)
        try c.encode(claims, forKey: .claims)
        try c.encodeIfPresent(readings, forKey: .readings)
        try c.encode(provenance, forKey: .provenance)
    }
}
