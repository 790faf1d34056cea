import ArgumentParser
import Foundation
import Markup
import Reporting
import Results
import SVGCharts

/// The named numbers a document can embed.
enum EmbedValues {
    static func all(_ r: ReportResults) -> [String: String] {
        var v: [String: String] = [:]
        for c in r.claims { v["claim.\(c.id)"] = c.verdict.rawValue }
        for s in r.sweeps { for p in s.points { for (name, sum) in p.metrics {
            v["\(s.id.rawValue).\(p.series).\(NumberFormat.label(p.x)).\(name.rawValue)"] = sum.meanStdText()
        } } }
        return v
    }
}
