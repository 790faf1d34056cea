import Experiments
import Foundation
import Learning
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
        let context = ReportContext.make(results, blocks: &blocks, figures: figures)
        let html = try TableOfContents.insert(into: PageRenderer.render(template: "report", context: context, templates: templates, blocks: blocks,
                                           title: "clreport — contrastive learning under imbalance (\(results.profile.rawValue) profile)",
                                           reservedIDs: Set(charts.map { "fig-\($0.id)" })))
        return RenderedReport(indexHTML: html, figures: charts.map { ($0.id, ChartRenderer.standalone($0)) },
                              resultsJSON: FlatArrayJSON.format(CanonicalJSON.encode(results)))
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
