import Foundation
import Testing
@testable import Experiments
import Learning
@testable import Reporting

/// The robustness map, Methods and Discussion rendered from constructed readings: structure, and
/// sentences that flip with the verdicts they state.
@Suite struct RobustnessSectionTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    /// An evaluation with claims c0 (two sub-tests), c1 and the pruning effect Δ given per seed.
    static func evaluation(_ alternatives: [String], c0: [Verdict], c1: Verdict, pruningDelta: [Double], firstSeed: Int = 1) -> ReadingEvaluation {
        let claims = [
            PaperClaim(id: "c0", section: .fig2, paperSays: "Claim zero.", reference: "Fig 2",
                       subTests: c0.enumerated().map { SubTest(id: "s\($0.offset)", rule: "rule \($0.offset)", statistic: "Δ = \($0.offset)", verdict: $0.element) }),
            PaperClaim(id: "pruning-restores-minority", section: .fig6, paperSays: "Pruning helps.", reference: "Fig 6",
                       subTests: [SubTest(id: "only", rule: "rule", statistic: "Δ = x", verdict: c1)]),
        ]
        let a = [0.3, 0.31, 0.29, 0.3, 0.32]
        let effect = Comparison.paired(a: a, b: zip(a, pruningDelta).map { $0 + $1 }, direction: .increase)
        return ReadingEvaluation(reading: Reading(alternatives: alternatives), firstSeed: firstSeed, seeds: 5, sweeps: [],
                                 claims: claims, effects: ["pruning-minority-cosine": effect])
    }

    static func result(identityVerdict: Verdict) -> ReadingsResult {
        var evals = [evaluation([], c0: [.pass, .pass], c1: .fail, pruningDelta: [-0.1, -0.12, -0.09, -0.11, -0.1])]
        for c in ReadingChoice.all {
            let big = c.id == "dictionary"
            evals.append(evaluation([c.id], c0: [.pass, c.id == "trainingData" ? .fail : .pass],
                                    c1: big ? identityVerdict : .fail,
                                    pruningDelta: big ? [0.2, 0.22, 0.19, 0.21, 0.2] : [-0.1, -0.11, -0.1, -0.09, -0.1]))
        }
        let confirm = evaluation(["dictionary"], c0: [.pass, .inconclusive], c1: identityVerdict, pruningDelta: [0.1, 0.2, 0.15, 0.12, 0.18], firstSeed: 6)
        return ReadingsResult(choices: ReadingChoice.all, evaluations: evals, favourableID: "dictionary", confirmation: confirm)
    }

    @Test func mapHasOneRowPerClaimAndOneColumnPerReadingPlusTheConfirmation() {
        let map = RobustnessMap(Self.result(identityVerdict: .pass))
        let html = RobustnessFigure.mapTable(map)
        #expect(html.components(separatedBy: "<tr>").count - 1 == 1 + 2)
        #expect(html.components(separatedBy: "<th scope=\"col\">").count - 1 == 1 + Reading.declared.count + 1)
        #expect(html.contains("Favourable: dictionary (confirmed, seeds 6–10)"))
        // c0 has two sub-tests: its cells fold them; the pruning claim shows its statistic.
        #expect(html.contains("<details><summary>1 PASS, 1 FAIL, 0 INCONCLUSIVE</summary>"))
        #expect(html.contains("<span class=\"badge badge-pass\">PASS</span><br><small>Δ = x</small>"))
        #expect(html.contains("<details><summary>c0</summary>"))
    }

    @Test func theDecidingChoiceIsTheOneThatMovesTheEffectMost() throws {
        let map = RobustnessMap(Self.result(identityVerdict: .pass))
        let pruning = try #require(map.rows.first { $0.claimID == "pruning-restores-minority" })
        #expect(pruning.decidingChoice?.id == "dictionary")
        #expect(pruning.decidingFlips)
        #expect(pruning.passIn == 1 && pruning.failIn == Reading.declared.count - 1)
        #expect(pruning.confirmedVerdict == .pass)
        // Without an effect estimate, the first choice that flips the verdict decides.
        let c0 = try #require(map.rows.first { $0.claimID == "c0" })
        #expect(c0.decidingChoice?.id == "trainingData")
        #expect(c0.decidingSpread.isNaN)
    }

    @Test func discussionSentenceFlipsWithTheIdentityVerdict() throws {
        let templates = try TemplateSet(directory: Self.templates)
        func render(_ v: Verdict, pruningDelta: [Double]) throws -> String {
            var r = Self.result(identityVerdict: v)
            if let i = r.evaluations.firstIndex(where: { $0.reading.id == "dictionary" }) {
                r.evaluations[i] = Self.evaluation(["dictionary"], c0: [.pass, .pass], c1: v, pruningDelta: pruningDelta)
            }
            return try templates.render("discussion", context: ["discussion": DiscussionSection.readingFacts(r)])
        }
        let differs = try render(.pass, pruningDelta: [0.2, 0.22, 0.19, 0.21, 0.2])
        #expect(differs.contains("The verdict depends on how M sits in the coordinate basis"))
        #expect(differs.contains("(PASS) with the identity dictionary"))
        let same = try render(.fail, pruningDelta: [-0.2, -0.22, -0.19, -0.21, -0.2])
        #expect(same.contains("Both dictionaries give the same verdict"))
        #expect(!same.contains("The verdict depends on how M sits"))
    }

    @Test func methodsStateTheTrainingDataOfTheBaseConfiguration() throws {
        let templates = try TemplateSet(directory: Self.templates)
        var blocks = BlockSplicer()
        func methods(_ plan: ReportPlan) throws -> String {
            let r = ReportResults(plan: plan, sweeps: [], trajectories: [], longTail: nil, claims: [],
                                  provenance: Provenance(tool: "t", gitCommit: "c", swiftVersion: "s", blas: "b", profile: "quick",
                                                         runs: 0, cacheDigest: "d"))
            return try templates.render("methods", context: MethodsSection().context(r, blocks: &blocks))
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
