import Claims
import Foundation
import Learning
@testable import Results
import RunCache
import Testing
@testable import Experiments

/// The figure registry: the `PaperFigure` units of `Experiments/Figures/`, gathered at build time,
/// are the figures of the report in page order, one unit per figure; `results.json` names only them.
@Suite struct FigureRegistryTests {
    /// The paper's figures in page order (a figure added later comes after them, by its file number).
    @Test func theRegistryIsTheUnitsOfFiguresInFileNumberOrder() {
        #expect(FigureID.all.prefix(8).map(\.name) == ["fig1", "fig2", "fig3", "fig4", "fig5", "fig6", "longtail", "fig9"])
        #expect(Array(FigureID.all.prefix(8)) == [.fig1, .fig2, .fig3, .fig4, .fig5, .fig6, .longTail, .fig9])
        #expect(FigureID.all.count == PaperFigureUnits.all.count && Set(FigureID.all).count == FigureID.all.count)
        #expect(FigureID.problems(ReportPlan.figures) == [])
        #expect(FigureID.fig6.paperFigure is Figure6 && FigureID.longTail.paperFigure is Figure7)
        #expect(FigureID("fig99").paperFigure == nil)
    }

    /// A figure whose unit is declared twice (a second file copying `figure = .fig2`) is refused.
    @Test func twoUnitsOfOneFigureAreRefused() {
        struct Copy: PaperFigure { let figure = FigureID.fig2 }
        struct Twin: PaperFigure { let figure = FigureID("table-lt") }   // longtail's results.json name
        #expect(FigureID.problems([Figure1(), Figure2(), Copy()])
            == ["figure 'fig2' has two PaperFigure units, Figure2 and Copy; a figure has one"])
        #expect(FigureID.problems([Figure7(), Twin()]) == ["figures 'longtail' and 'table-lt' have the same name in results.json or in templates"])
    }

    /// The ids are equal by name, and the long-tail figure keeps its older spellings.
    @Test func idsAreTheirNames() {
        #expect(FigureID("fig2") == .fig2 && FigureID("fig2").hashValue == FigureID.fig2.hashValue)
        #expect(FigureID.longTail.resultsName == "table-lt" && FigureID.longTail.legacyTemplateKey == "lt")
        #expect(FigureID(resultsName: "table-lt") == .longTail && FigureID(resultsName: "fig6") == .fig6)
        #expect(FigureID.registered(resultsName: "table-lt") == .longTail)
        #expect(FigureID.registered(resultsName: "longtail") == nil, "the long-tail claims are section table-lt in results.json")
        #expect(FigureID.registered(named: "longtail") == .longTail && FigureID.registered(named: "fig99") == nil)
    }

    /// `results.json` with a claim whose section is no figure of the report does not decode; the
    /// old spellings do.
    @Test func anUnknownClaimSectionIsRefused() throws {
        let r = ReportResults(plan: ReportPlan(profile: .quick), sweeps: [], trajectories: [], longTail: nil,
                              claims: [PaperClaim(id: ClaimID("c"), section: .longTail, paperSays: "p", reference: "Table", subTests: []),
                                       PaperClaim(id: ClaimID("d"), section: .fig6, paperSays: "p", reference: "Fig 6", subTests: [])],
                              provenance: Provenance(tool: "t", gitCommit: "g", swiftVersion: "s", blas: "b", profile: "quick", runs: 0, cacheDigest: "d"))
        let data = CanonicalJSON.encode(r)
        #expect(try CanonicalJSON.decoder.decode(ReportResults.self, from: data).claims.map(\.section) == [.longTail, .fig6])
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var claims = try #require(object["claims"] as? [[String: Any]])
        #expect(claims.map { $0["section"] as? String } == ["table-lt", "fig6"])
        for unknown in ["fig99", "longtail"] {
            claims[1]["section"] = unknown
            object["claims"] = claims
            let bad = try JSONSerialization.data(withJSONObject: object)
            #expect {
                try CanonicalJSON.decoder.decode(ReportResults.self, from: bad)
            } throws: { error in
                guard case DecodingError.dataCorrupted(let context) = error else { return false }
                return context.debugDescription == "unknown claim section '\(unknown)'" && context.codingPath.last?.stringValue == "section"
            }
        }
    }
}
