@testable import Claims
import Foundation
@testable import Experiments
@testable import Reporting
import Results
import SVGCharts
import Testing

/// The report units of `Reporting/Figures/` (gathered at build time): each draws a registered figure
/// and declares its charts; a figure's section values are its own context under its own key.
@Suite struct FigureUnitsTests {
    @Test func theUnitsDrawTheRegisteredFiguresInPageOrder() {
        #expect(FigureBuilder.problems(ReportFigureUnits.all, figures: FigureID.all) == [])
        // The figures' units grouped in the registry's order, then the sections without a figure.
        let names = FigureBuilder.figures.map { String(describing: type(of: $0)) }
        #expect(names.prefix(9) == ["Figure1", "Figure2", "Figure3", "Figure4", "Figure5", "Figure6", "Figure7", "Figure8", "Figure9"])
        #expect(names.suffix(3) == ["RobustnessFigure", "MethodsSection", "DiscussionSection"])
        #expect(FigureBuilder.figures.compactMap(\.figure) == FigureID.all.flatMap { f in ReportFigureUnits.all.compactMap(\.figure).filter { $0 == f } })
        #expect(FigureID.allCharts.prefix(11).map(\.id) == ["fig1", "fig2", "fig2-neurons", "fig3", "fig4", "fig5", "fig6", "fig6-ratio", "fig7", "fig8", "fig9"])
        #expect(FigureID.allCharts.prefix(11).map(\.number) == ["R1", "R2", "R2b", "R3", "R4", "R5", "R6", "R6b", "R7", "R8", "R9"])
        #expect(FigureID.longTail.charts.map(\.id) == ["fig7", "fig8"] && FigureID.longTail.chartID == "fig7")
        #expect(FigureID.fig6.charts.map(\.paper) == ["Fig 6", "Fig 6 (pruning ratio)"])
    }

    @Test func aNameOnTheCommandLineIsAChartOrAFigure() {
        #expect(FigureID.chart(named: "fig6-ratio")?.number == "R6b")
        #expect(FigureID.chart(named: "longtail")?.id == "fig7")
        #expect(FigureID.chart(named: "fig99") == nil && FigureID.chart(named: "table-lt") == nil)
    }

    /// Units that do not fit the registry are refused, each with what is wrong.
    @Test func unitsThatDoNotFitAreRefused() {
        struct Stray: ReportFigure {
            let figure: FigureID? = FigureID("fig99")
            let figureCharts = [FigureChart("fig99", number: "R99", paper: nil)]
            func charts(_ r: ReportResults) -> [Chart] { [] }
            func caption(_ chartID: String, _ r: ReportResults) -> String? { nil }
        }
        struct Again: ReportFigure {
            let figure: FigureID? = .fig2
            let figureCharts = [FigureChart("fig2-neurons", number: "R2c", paper: nil)]
            func charts(_ r: ReportResults) -> [Chart] { [] }
            func caption(_ chartID: String, _ r: ReportResults) -> String? { nil }
        }
        let units: [any ReportFigure] = ReportFigureUnits.all.filter { $0.figure != .fig5 } + [Stray(), Again()]
        #expect(FigureBuilder.problems(units, figures: FigureID.all) == [
            "Stray draws figure 'fig99', which no PaperFigure unit registers",
            "chart id 'fig2-neurons' is declared twice",
            "figure 'fig5' has no report unit with a chart",
        ])
    }

    /// A section's values are its own typed context under its own key: a name resolves in the page's
    /// fields first, then among the sections; the JSON has them at the top level.
    @Test func aSectionContextResolvesUnderItsKey() throws {
        struct Extra: SectionContext {
            static let key = "extra"
            let value: String
        }
        let full = try TemplateNamesTests.fullContext().context
        let context = TemplateContext(page: full.page, sections: full.sections + [Extra(value: "v")])
        let set = try TemplateSet(templates: ["t": "{{#extra}}{{value}}{{/extra}}|{{seeds}}|{{#sensitivity}}ok{{/sensitivity}}|{{#extr}}x{{/extr}}"])
        #expect(try set.render("t", context: context) == "v|\(full.page.seeds)|ok|")
        #expect(set.unresolvedNames(in: "t", context: context).unresolved == ["t:1:76: {{#extr}} resolves to nothing"])
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(context)) as? [String: Any]
        #expect((json?["extra"] as? [String: Any])?["value"] as? String == "v" && json?["seeds"] as? String == full.page.seeds)
        var without = context
        without.setSection(nil as Extra?)
        #expect(try set.render("t", context: without) == "|\(full.page.seeds)|ok|")
    }
}
