@testable import Claims
import Foundation
@testable import LongTail
@testable import Results
@testable import RunCache
import Testing
@testable import Experiments
@testable import Reporting

/// Every name the built-in templates look up resolves in a report context with every key present,
/// so a misspelt name (`{{#claims.fig6x}}`, which Mustache renders as nothing) fails here.
@Suite struct TemplateNamesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The page context of the committed reference's results, with the optional parts it lacks
    /// filled in (the long-tail encoder gate postdates it), so every section of the templates has data.
    static func fullContext() throws -> [String: Any] {
        let r = try fullResults()
        var blocks = BlockSplicer()
        let figures = Dictionary(uniqueKeysWithValues: FigureBuilder.charts(r).map { ($0.id, "chart \($0.id)") })
        return ReportContext.make(r, blocks: &blocks, figures: figures)
    }

    /// The committed reference's results with every optional part present (see ``fullContext()``).
    static func fullResults() throws -> ReportResults {
        let data = try Data(contentsOf: root.appendingPathComponent("output/reference/results.json"))
        var r = try CanonicalJSON.decoder.decode(ReportResults.self, from: data)
        #expect(r.longTail != nil && r.readings != nil, "the reference has the long-tail table and the robustness map")
        // What the reference (default profile, before the conv encoder) lacks: the encoder gate, the
        // conv encoder's protocol, the sweeps it did not run (sensitivity, and a new figure's: the
        // main sweep's points stand in) and a claim for the figures without one (Figures 5 and 9; a
        // copy stands in, so each list is walked).
        if r.longTail?.encoderGate == nil {
            r.longTail?.encoderGate = LongTailEncoderGate.evaluate(encoder: [0.5, 0.55, 0.6], rawPixels: [0.4, 0.42, 0.41])
        }
        r.longTail?.protocolConfig = LongTailConfig.profile(.quick, rho: 1, pruneRatio: 0.9)
        #expect(r.longTail?.protocolConfig?.conv != nil)
        let main = try #require(r.sweeps.first { $0.id == .main })
        for id in SweepID.allCases where !r.sweeps.contains(where: { $0.id == id }) {
            var stand = main
            stand.id = id
            r.sweeps.append(stand)
        }
        for figure in FigureID.allCases {
            guard !r.claims.contains(where: { $0.section == figure }), var stand = r.claims.first else { continue }
            stand.section = figure
            r.claims.append(stand)
        }
        return r
    }

    /// The built-in templates as name → text (`figures/fig1` for `templates/figures/fig1.md`).
    static func builtInTexts() throws -> [String: String] {
        let dir = root.appendingPathComponent("templates")
        var out: [String: String] = [:]
        for folder in [""] + TemplateSet.subfolders {
            let url = folder.isEmpty ? dir : dir.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path) where file.hasSuffix(".md") {
                out[(folder.isEmpty ? "" : folder + "/") + String(file.dropLast(3))] =
                    try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
            }
        }
        return out
    }

    @Test func everyNameOfTheBuiltInTemplatesResolves() throws {
        let set = try TemplateSet(directory: Self.root.appendingPathComponent("templates").path)
        let check = set.unresolvedNames(in: "report", context: try Self.fullContext())
        #expect(check.unresolved == [])
        #expect(check.unchecked == [], "every list of the test context has an element, so every name inside is checked")
        // Every figure's partial is reached through the loop.
        #expect(set.names.filter { $0.hasPrefix("figures/") }.sorted() == FigureID.allCases.map(\.partialName).sorted())
    }

    @Test func aMisspeltNameFails() throws {
        var texts = try Self.builtInTexts()
        let fig6 = try #require(texts["figures/fig6"])
        texts["figures/fig6"] = fig6.replacingOccurrences(of: "claims.fig6}}", with: "claims.fig6x}}")
        texts["figures/fig9"] = try #require(texts["figures/fig9"]).replacingOccurrences(of: "{{{table}}}", with: "{{{tabel}}}")
        let check = try TemplateSet(templates: texts).unresolvedNames(in: "report", context: try Self.fullContext())
        #expect(check.unresolved == ["figures/fig6:7:1: {{#claims.fig6x}} resolves to nothing",
                                     "figures/fig9:10:1: {{tabel}} resolves to nothing"])
    }

    @Test func namesResolveAsMustacheDoes() throws {
        let set = try TemplateSet(templates: [
            "report": "{{#list}}{{a}} {{b}}{{/list}}{{^flag}}{{c}}{{/flag}}{{#s.x}}{{y}}{{/s.x}}{{#none}}{{z}}{{/none}}{{>*p}}\n",
            "part": "{{q}}\n",
        ])
        struct Item { let a: String; let y: String? }
        let context: [String: Any] = ["list": [["a": "1"]], "b": "outer", "flag": false, "c": "c", "s": ["x": Item(a: "", y: "y")],
                                      "none": [Any](), "p": "part"]
        let check = set.unresolvedNames(in: "report", context: context)
        #expect(check.unresolved == ["part:1:1: {{q}} resolves to nothing"])
        #expect(check.unchecked == ["report:1:74: {{#none}} is an empty list"])
    }
}
