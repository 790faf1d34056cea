@testable import Claims
import Foundation
import Testing
@testable import Reporting

/// Hostile templates: include cycles, deep nesting, partials behind custom delimiters and unknown
/// figure ids are load-time errors with locations, never a stack overflow or a silent blank.
@Suite struct TemplateSafetyTests {
    // Before: rendering overflowed the stack (exit 139).
    @Test func partialIncludingItselfIsRefusedWithTheChain() {
        #expect(throws: ReportingError("loop:2:1: partial 'loop' includes itself: loop → loop; remove one of these {{> …}} tags (a partial may not include itself, directly or through others)")) {
            try TemplateSet(templates: ["report": "{{> loop}}\n", "loop": "x\n{{> loop}}\n"])
        }
    }

    @Test func cycleThroughOtherPartialsIsRefusedWithTheChain() {
        #expect(throws: ReportingError("b:1:3: partial 'a' includes itself: a → b → a; remove one of these {{> …}} tags (a partial may not include itself, directly or through others)")) {
            try TemplateSet(templates: ["report": "{{> a}}\n", "a": "{{#x}}{{> b}}{{/x}}\n", "b": "- {{> a}}\n"])
        }
    }

    @Test func cycleBehindCustomDelimitersIsFound() {
        #expect(throws: ReportingError("a:1:12: partial 'a' includes itself: a → a; remove one of these {{> …}} tags (a partial may not include itself, directly or through others)")) {
            try TemplateSet(templates: ["report": "{{> a}}\n", "a": "{{=<% %>=}}<%> a%>\n"])
        }
    }

    @Test func deepChainsAreRefusedButModerateOnesRender() throws {
        func chain(_ n: Int) -> [String: String] {
            var t = ["report": "{{> p1}}\n"]
            for i in 1..<n { t["p\(i)"] = "{{> p\(i + 1)}}\n" }
            t["p\(n)"] = "end\n"
            return t
        }
        #expect(try TemplateSet(templates: chain(10)).render("report", context: [:]) == "end\n")
        let path = (1...17).map { "p\($0)" }.joined(separator: " → ")
        #expect(throws: ReportingError("p16:1:1: partials are nested more than 16 deep: \(path); flatten the templates")) {
            try TemplateSet(templates: chain(40))
        }
    }

    // Before: `{{{figures.fig99}}}` rendered as nothing and the report exited 0.
    @Test func unknownFigureIdIsAnErrorWithItsLocation() throws {
        let set = try TemplateSet(templates: ["report": "# R\n\n{{{figures.fig1}}}\n{{#x}}\n{{{figures.fig99}}}\n{{/x}}\n"])
        #expect(throws: ReportingError("report:5:1: unknown figure 'fig99' in {{figures.fig99}}; known figures: fig1, fig2")) {
            try set.checkReferences(prefix: "figures", known: ["fig1", "fig2"], what: "figure")
        }
        try set.checkReferences(prefix: "figures", known: ["fig1", "fig99"], what: "figure")
    }

    @Test func everyProducedFigureIdIsDeclared() throws {
        #expect(FigureBuilder.allIDs == Set(FigureID.allCharts.map(\.id)))
        #expect(FigureID.allCharts.count == FigureBuilder.allIDs.count, "chart ids are unique")
        let produced = FigureBuilder.charts(try TemplateNamesTests.fullResults()).map(\.id)
        #expect(Set(produced) == FigureBuilder.allIDs, "every declared chart is drawn from full results, and only those")
        #expect(produced.allSatisfy { FigureNumbering.label($0) != $0 }, "every chart has our number")
    }
}
