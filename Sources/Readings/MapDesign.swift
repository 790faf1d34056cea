import Experiments

/// The robustness map's designed experiment for one profile: the factors (`ReadingChoice.all`,
/// in design order), the two-level fractional factorial over them, and the seeds. Declared in code
/// before any run, so every reading's runs are known up front (`plan`, `run --shard`, Slurm).
///
///     quick, default:  2^(10−5) resolution IV, 32 readings — NIST/SEMATECH §5.3.3.4.7 generators
///                      F = ABCD, G = ABCE, H = ABDE, J = ACDE, K = BCDE;
///     paper:           2^(10−3) resolution V, 128 readings — H = ABCG, J = BCDE, K = ACDF.
///
/// The base factors A–E are the five factors every synthetic claim depends on, so for the claims
/// without pruning the 32 readings are a full 2^5 factorial in those factors; the pruning factors
/// F–K are generated. Search seeds 1…n; the favourable reading's confirmation runs on n+1…2n.
public struct MapDesign: Codable, Sendable, Equatable {
    public var choices: [ReadingChoice]
    public var design: FactorialDesign
    /// The generators as declared, e.g. ["F=ABCD", …].
    public var generatorNames: [String]
    /// Seeds per reading in the search (1…n); the confirmation uses n+1…2n.
    public var searchSeeds: Int

    public init(choices: [ReadingChoice] = ReadingChoice.all, generators: [String], searchSeeds: Int) {
        precondition(searchSeeds >= 2, "MapDesign: a paired interval needs ≥ 2 seeds")
        self.choices = choices
        self.generatorNames = generators
        self.searchSeeds = searchSeeds
        design = FactorialDesign(factors: choices.count, generators: generators.map { spec in
            Array(spec.split(separator: "=")[1]).map { ch in FactorialDesign.letters.firstIndex(of: ch)! }
        })
        for (i, spec) in generators.enumerated() {
            precondition(spec.first == FactorialDesign.letters[design.baseFactors + i], "MapDesign: generator \(spec) out of order")
        }
    }

    public static func forProfile(_ profile: ReportProfile) -> MapDesign {
        switch profile {
        case .quick: MapDesign(generators: resolutionIV, searchSeeds: 2)
        case .default: MapDesign(generators: resolutionIV, searchSeeds: 3)
        case .paper: MapDesign(generators: ["H=ABCG", "J=BCDE", "K=ACDF"], searchSeeds: 5)
        }
    }

    /// NIST's minimal resolution-IV design for 10 factors in 32 runs.
    public static let resolutionIV = ["F=ABCD", "G=ABCE", "H=ABDE", "J=ACDE", "K=BCDE"]

    /// One reading per run, in standard order (run 1 = every factor at its default level).
    public var readings: [Reading] {
        let width = String(design.runCount).count
        return (0..<design.runCount).map { r in
            let alts = choices.indices.filter { design.level(run: r, factor: $0) > 0 }.map { choices[$0].id }
            let n = String(r + 1)
            return Reading(id: "R" + String(repeating: "0", count: max(0, width - n.count)) + n, alternatives: alts)
        }
    }

    /// Indices of the factors that can affect a claim of this scope.
    public func relevantFactors(_ scope: ReadingChoice.Scope) -> [Int] {
        choices.indices.filter { scope == .pruning || choices[$0].scope == .all }
    }

    /// The factor's letter, e.g. "A".
    public func letter(_ factor: Int) -> String { String(FactorialDesign.letters[factor]) }

    public var confirmationFirstSeed: Int { searchSeeds + 1 }
}
