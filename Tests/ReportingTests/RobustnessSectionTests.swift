@testable import Claims
import Foundation
@testable import Readings
@testable import Results
import Testing
@testable import Experiments
import Learning
import Markup
@testable import Reporting

/// The robustness map, Methods and Discussion rendered from constructed readings: structure, and
/// sentences that flip with the verdicts they state.
@Suite struct RobustnessSectionTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    static let map = MapDesign(generators: MapDesign.resolutionIV, searchSeeds: 3)

    /// The pruning claim's primary effect per reading: +0.2 exactly where Dictionary M (E) and
    /// Pruned views (K) are both at their other level, else −0.05; the other claim's is flat 0.
    static func result() -> ReadingsResult {
        let d = map.design
        let evals = map.readings.enumerated().map { r, reading -> ReadingEvaluation in
            let both = d.level(run: r, factor: 4) > 0 && d.level(run: r, factor: 9) > 0
            let centre = both ? 0.2 : -0.05
            let pruning: [Double] = (0..<3).map { (s: Int) -> Double in
                let k = Double((r * 7 + s * 3) % 5) - 2
                return centre + 0.005 * k
            }
            let claimVerdict: Verdict = both ? .pass : .fail
            let claims = [
                PaperClaim(id: .minorityWeakerFewer, section: .fig2, paperSays: "", reference: "",
                           subTests: [SubTest(id: SubTestID("s"), rule: "rule", statistic: "Δ = 0", verdict: .inconclusive)]),
                PaperClaim(id: .pruningRestoresMinority, section: .fig6, paperSays: "", reference: "",
                           subTests: [SubTest(id: SubTestID("only"), rule: "rule", statistic: "Δ = x", verdict: claimVerdict)]),
            ]
            return ReadingEvaluation(reading: reading, firstSeed: 1, seeds: 3, claims: claims,
                                     primary: [ClaimID.minorityWeakerFewer: [0.001 * Double(r % 3), -0.001, 0.0005 * Double(r % 2)],
                                               ClaimID.pruningRestoresMinority: pruning])
        }
        func analysis(_ id: ClaimID, _ scope: ReadingChoice.Scope) -> ReadingsResult.ClaimAnalysis {
            ReadingsResult.ClaimAnalysis(claimID: id, scope: scope, primaryLabel: "label", relevantFactors: map.relevantFactors(scope),
                                         effects: EffectAnalysis.estimate(map, scope: scope, responses: evals.map { $0.primary[id]! }),
                                         favourableID: ReadingSearch.favourites(evals, claims: [id])[id]?.id)
        }
        let favourite = ReadingSearch.favourites(evals, claims: [ClaimID.pruningRestoresMinority])[ClaimID.pruningRestoresMinority]!
        let confirm = ReadingEvaluation(reading: favourite, firstSeed: 4, seeds: 3, claims: evals[0].claims,
                                        primary: [ClaimID.pruningRestoresMinority: [0.1, 0.12, 0.11], ClaimID.minorityWeakerFewer: [0, 0, 0]])
        return ReadingsResult(design: map, evaluations: evals,
                              analyses: [analysis(ClaimID.minorityWeakerFewer, .all), analysis(ClaimID.pruningRestoresMinority, .pruning)],
                              confirmations: [confirm])
    }

    @Test func headlineCountsReadingsAndNamesTheInteraction() throws {
        let m = RobustnessMap(Self.result())
        let pruning = try #require(m.row(ClaimID.pruningRestoresMinority))
        #expect(pruning.readingCount == 32 && pruning.passIn == 8 && pruning.failIn == 24)
        #expect(pruning.decidingInteraction?.chain.contains("EK") == true, "\(pruning.effects.filter(\.significant).map(\.chain))")
        #expect(RobustnessMap.decidedBy(pruning).contains("Feature dictionary M × Pruned views"))
        #expect(pruning.confirmedVerdict == .fail, "the confirmation re-ran the reading; its claims are the fixture's")
        let other = try #require(m.row(ClaimID.minorityWeakerFewer))
        #expect(other.decidingMain == nil && other.decidingInteraction == nil)
        #expect(RobustnessMap.decidedBy(other).hasPrefix("no main effect or two-factor interaction is detectable"))
    }

    /// The specification curve is coloured by the claim's verdict at each reading (the verdict the
    /// table of readings shows), never by the primary effect's own interval.
    @Test func specificationCurveUsesTheClaimsVerdict() throws {
        let r = Self.result(), m = RobustnessMap(r)
        let row = try #require(m.row(ClaimID.pruningRestoresMinority))
        let html = RobustnessFigure.curve(row, r)
        func label(_ id: String) -> String? {
            guard let start = html.range(of: "aria-label=\"\(id): ") else { return nil }
            let rest = html[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        for e in r.evaluations {
            let verdict = e.claim(ClaimID.pruningRestoresMinority)!.verdict.rawValue
            let text = try #require(label(e.reading.id), "a mark for \(e.reading.id)")
            #expect(text.hasSuffix("], \(verdict)"), "\(e.reading.id): \(text)")
        }
        #expect(r.evaluations.contains { $0.claim(ClaimID.pruningRestoresMinority)!.verdict == .fail })
    }

    @Test func mapTableHasOneRowPerReadingPlusConfirmations() {
        let html = RobustnessFigure.mapTable(RobustnessMap(Self.result()))
        #expect(html.components(separatedBy: "<tr>").count - 1 == 1 + 32 + 1)
        #expect(html.contains("fresh seeds") && html.contains("seeds 4–6"))
        #expect(html.contains("none (default)"))
    }

    /// Each generated sentence states what the numbers say: the claimed sign matches the estimate,
    /// and only Holm-significant main effects get a sentence.
    @Test func discussionSentencesAgreeWithTheEffects() {
        let m = RobustnessMap(Self.result())
        let sentences = DiscussionSentences.make(m)
        #expect(sentences.filter { $0.factor == nil }.count == m.rows.count)
        for s in sentences where s.factor != nil {
            let row = m.row(s.claimID!)!
            let e = row.effects.first { $0.kind == .main && $0.factors == [s.factor!] }!
            #expect(e.significant)
            #expect(s.estimate == e.estimate)
            #expect(s.saysFavours == (e.estimate > 0))
            let stated = "\(s.claimID!) \(NumberFormat.format(e.estimate, decimals: 3)) [95% CI \(NumberFormat.format(e.ciLow, decimals: 3)), \(NumberFormat.format(e.ciHigh, decimals: 3))] (\(s.saysFavours! ? "towards" : "away from") the paper)"
            #expect(s.text.contains(stated), "\(s.text)")
        }
        // Dictionary M and Pruned views each move the pruning effect (main effects of 0.125).
        let factors = Set(sentences.compactMap(\.factor))
        #expect(factors == [4, 9], "\(sentences.map(\.text))")
        for s in sentences where s.claimID == ClaimID.pruningRestoresMinority && s.factor == nil {
            #expect(s.text.contains("reproduces in 8 of 32 readings"))
        }
    }

    @Test func discussionRendersTheSentences() throws {
        let templates = try TemplateSet(directory: Self.templates)
        // The map's facts, beside placeholders for the values the results would give.
        let discussion = DiscussionContext(
            trajectory: .init(seeds: "1", minorityReached: "1", allReached: true, noneReached: false, shortfall: "", steps: "1", dominance: "2"),
            sigma: .init(low: "1", one: "1", epsLow: "1", ratio: "1"), map: DiscussionSection.readingFacts(Self.result()),
            longTailClaims: .init(count: "0", pass: "0", present: false), sensitivityRuns: false)
        let text = try templates.render("discussion", context: ["discussion": discussion])
        #expect(!text.contains("did not run the robustness map"))
        #expect(text.contains("Feature dictionary M (random orthonormal → identity (axis-aligned)) moves: pruning-restores-minority 0.125"))
    }

    @Test func methodsStateTheTrainingDataOfTheBaseConfiguration() throws {
        let templates = try TemplateSet(directory: Self.templates)
        var blocks = BlockSplicer()
        func methods(_ plan: ReportPlan) throws -> String {
            let r = ReportResults(plan: plan, sweeps: [], trajectories: [], longTail: nil, claims: [],
                                  provenance: Provenance(tool: "t", gitCommit: "c", swiftVersion: "s", blas: "b", profile: "quick",
                                                         runs: 0, cacheDigest: "d"))
            return try templates.render("methods", context: ["methods": MethodsSection().context(r, blocks: &blocks)])
        }
        let fresh = try methods(ReportPlan(profile: .quick))
        #expect(fresh.contains("a fresh batch of K pairs every step"))
        #expect(fresh.contains("NSR is held fixed along the ε_min axis"))
        var fixed = ReportProfile.quick.preset.config
        fixed.noiseHeldBy = .sigma2
        let text = try methods(ReportPlan(profile: .quick, base: fixed))
        #expect(text.contains("a fixed set of 1024 pairs"))
        #expect(text.contains("held at its ε_min = 1 value"))
    }
}
