import Claims
import Foundation
import Learning
import Results
import RunCache
import SVGCharts

/// Steps 4–6 of the data flow: results → charts → template context → Markdown → cmark → HTML.
public enum ReportBuilder {
    public static func build(_ results: ReportResults, templates: TemplateSet) throws -> RenderedReport {
        var blocks = BlockSplicer()
        let charts = FigureBuilder.charts(results)
        var figures: [String: String] = [:]
        for chart in charts {
            let html = HTML.figure(id: chart.id, svg: ChartRenderer.render(chart),
                                   caption: FigureNumbering.caption(chart.id, FigureBuilder.caption(chart.id, results)),
                                   dataTable: ChartRenderer.dataTable(chart), narrowSVG: ChartRenderer.renderNarrow(chart),
                                   dataNote: dataNote, reading: WhatWeSee.line(chart.id, results))
            figures[chart.id] = blocks.token(for: html)
        }
        try templates.checkReferences(prefix: "figures", known: FigureBuilder.allIDs.union(figures.keys), what: "figure")
        try checkFigurePartials(templates)
        let context = ReportContext.make(results, blocks: &blocks, figures: figures)
        let html = try TableOfContents.insert(into: PageRenderer.render(template: "report", context: context, templates: templates, blocks: blocks,
                                           title: "clreport — contrastive learning under imbalance (\(results.profile.rawValue) profile)",
                                           reservedIDs: Set(charts.map { "fig-\($0.id)" })))
        return RenderedReport(indexHTML: html, figures: charts.map { ($0.id, ChartRenderer.standalone($0)) },
                              resultsJSON: FlatArrayJSON.format(CanonicalJSON.encode(results)))
    }

    /// The context list `report.md` loops over to include one partial per figure, in page order:
    /// `{{#figureSections}}{{>*partial}}{{/figureSections}}`.
    static let figureSectionsKey = "figureSections"

    /// The figure partials (`figures/<id>.md`) are named after a ``FigureID``, and when a template
    /// loops over ``figureSectionsKey`` every figure has one. A template folder from before the
    /// partials (every section inline in `report.md`, no loop) needs none and renders as it did.
    /// Checked before any run by the commands that render (`ReportOptions.preflight`) and again here.
    public static func checkFigurePartials(_ templates: TemplateSet) throws {
        let known = FigureID.all.map(\.partialName)
        let folder = TemplateSet.subfolders[0] + "/"
        for name in templates.names where name.hasPrefix(folder) && !known.contains(name) {
            throw ReportingError("template '\(name).\(TemplateSet.fileExtension)' is not a figure's partial; the figure partials are "
                                 + known.map { "\($0).\(TemplateSet.fileExtension)" }.joined(separator: ", ") + " (rename or remove it)")
        }
        guard templates.looksUp(figureSectionsKey) else { return }
        let missing = known.filter { !templates.names.contains($0) }
        guard missing.isEmpty else {
            throw ReportingError("the templates include one partial per figure ({{#\(figureSectionsKey)}}) but "
                                 + missing.map { "\($0).\(TemplateSet.fileExtension)" }.joined(separator: ", ")
                                 + (missing.count == 1 ? " is" : " are") + " missing; add the figure's section there (see the built-in templates/figures/)")
        }
    }

    /// Printed in place of a figure's collapsed data table.
    static let dataNote = "The plotted numbers are in results.json beside this page and under “Data” below the figure on screen."

    /// The built-in templates folder: `--templates DIR`, else `templates/` of the current directory,
    /// else the one next to the executable's package checkout.
    public static func templateDirectory(_ explicit: String?) -> String {
        if let explicit { return explicit }
        let candidates = [FileManager.default.currentDirectoryPath + "/templates",
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                              .appendingPathComponent("../../templates").standardized.path]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/report.md") } ?? candidates[0]
    }
}
