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

    /// The template context (``TemplateContext``: ``PageContext`` and the section contexts) of the committed reference's
    /// results, with the optional parts it lacks filled in (the long-tail encoder gate postdates it),
    /// so every section of the templates has data; and the block tokens registered while building it.
    static func fullContext() throws -> (context: TemplateContext, blocks: BlockSplicer) {
        let r = try fullResults()
        var blocks = BlockSplicer()
        let figures = Dictionary(uniqueKeysWithValues: FigureBuilder.charts(r).map { ($0.id, "chart \($0.id)") })
        return (ReportContext.make(r, blocks: &blocks, figures: figures), blocks)
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
        for figure in FigureID.all {
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

    /// The dotted paths of the optionals that are nil in `value` (a context struct, its lists'
    /// first elements and nested structs; the root's page fields and sections by key), read as
    /// Mustache reads them (Mirror).
    static func nilPaths(_ value: Any, at path: String = "") -> [String] {
        if let root = value as? TemplateContext { return root.keys.flatMap { nilPaths(root.child(named: $0) as Any, at: $0) } }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return [path] }
            return nilPaths(wrapped, at: path)
        }
        if let list = value as? [Any] { return list.first.map { nilPaths($0, at: path + "[]") } ?? [] }
        guard mirror.displayStyle == .struct, !(value is ClaimLists) else { return [] }
        return mirror.children.flatMap { child in nilPaths(child.value, at: (path.isEmpty ? "" : path + ".") + (child.label ?? "?")) }
    }

    @Test func theTestContextHasEveryKey() throws {
        let (context, _) = try Self.fullContext()
        #expect(Self.nilPaths(context) == [], "every optional field of the context structs is present")
        var without = context, longTail = try #require(context.section(LongTailContext.self))
        longTail.premise = nil
        longTail.protocol?.conv = nil
        without.setSection(longTail)
        #expect(Self.nilPaths(without) == ["longTail.protocol.conv", "longTail.premise"])
        // Every section of the page is present, under the key its templates use.
        let keys = context.sections.map { type(of: $0).key }
        #expect(Set(["longTail", "sensitivity", "robustness", "methods", "discussion"]).isSubset(of: keys), "\(keys)")
        for key in ClaimLists.keys {
            let list = context.page.claims.child(named: key) as? [ClaimItem]
            #expect(list?.isEmpty == false, "claims.\(key)")
        }
    }

    @Test func everyNameOfTheBuiltInTemplatesResolves() throws {
        let set = try TemplateSet(directory: Self.root.appendingPathComponent("templates").path)
        let (context, blocks) = try Self.fullContext()
        let check = set.unresolvedNames(in: "report", context: context)
        #expect(check.unresolved == [])
        #expect(check.unchecked == [], "every list of the test context has an element, so every name inside is checked")
        // Every built-in template (templates/ and templates/figures/) is walked from the page, and
        // every figure's partial is reached through the loop.
        #expect(check.walked == set.names.sorted())
        #expect(set.names.filter { $0.hasPrefix("figures/") }.sorted() == FigureID.all.map(\.partialName).sorted())
        // Rendered, the page carries every block the context registered (tables, claim badges, …),
        // except the claims of a figure whose partial lists none (Figure 9: no claim is tested there).
        let markdown = try set.render("report", context: context)
        let texts = try Self.builtInTexts()
        let unlisted = FigureID.all.filter { texts[$0.partialName]?.contains("claims.\($0.templateKey)") != true }
        let unlistedTokens = unlisted.flatMap { context.page.claims.byFigure[$0] ?? [] }.flatMap { [$0.badge, $0.head, $0.links, $0.subTests] }
        let missing = (0..<blocks.count).map { BlockSplicer.token(number: $0 + 1) }.filter { !markdown.contains($0) }
        #expect(blocks.count > 0 && missing.sorted() == unlistedTokens.sorted(), "\(missing)")
        #expect(unlisted == [.fig9])
    }

    @Test func aMisspeltNameFails() throws {
        var texts = try Self.builtInTexts()
        let fig6 = try #require(texts["figures/fig6"])
        texts["figures/fig6"] = fig6.replacingOccurrences(of: "claims.fig6}}", with: "claims.fig6x}}")
        texts["figures/fig9"] = try #require(texts["figures/fig9"]).replacingOccurrences(of: "{{{table}}}", with: "{{{tabel}}}")
        let check = try TemplateSet(templates: texts).unresolvedNames(in: "report", context: try Self.fullContext().context)
        #expect(check.unresolved == ["figures/fig6:7:1: {{#claims.fig6x}} resolves to nothing",
                                     "figures/fig9:10:1: {{tabel}} resolves to nothing"])
    }

    /// For each context struct, a name of one of its templates and a misspelling that no field has.
    static let misspellings: [(template: String, name: String, misspelt: String)] = [
        ("report", "{{subTestCount}}", "subTestsCount"),                  // PageContext
        ("report", "{{provenance.digest}}", "provenance.digset"),         // PageContext.ProvenanceLines
        ("report", "{{label}}", "lable"),                                 // PageContext.Variant
        ("claim-item", "{{paperSays}}", "paperSaid"),                     // ClaimItem
        ("methods", "{{trainPairs}}", "trainingPairs"),                   // MethodsContext
        ("robustness", "{{mapSize}}", "mapSise"),                         // RobustnessContext
        ("robustness", "{{decidedBy}}", "decided"),                       // RobustnessContext.Claim
        ("figures/longtail", "{{dataset}}", "datasetName"),               // LongTailContext
        ("figures/longtail", "{{margin}}", "marginPP"),                   // LongTailContext.EncoderGate
        ("figures/longtail", "{{spearman}}", "spearmanRho"),              // LongTailContext.Premise
        ("figures/longtail", "{{untrained}}", "untrainedEncoder"),        // LongTailContext.Baselines
        ("longtail-protocol", "{{whitening}}", "whitened"),               // LongTailProtocolContext
        ("longtail-protocol", "{{architecture}}", "architectur"),         // LongTailProtocolContext.Conv
        ("discussion", "{{mapSeeds}}", "mapSeed"),                        // DiscussionContext
        ("discussion", "{{sigma.ratio}}", "sigma.ratios"),                // DiscussionContext.Sigma
        ("discussion", "{{trajectory.steps}}", "trajectory.step"),        // DiscussionContext.Trajectory
        ("discussion", "{{longTailClaims.pass}}", "longTailClaims.passed"),  // DiscussionContext.LongTailClaims
        ("discussion", "{{text}}", "sentence"),                           // DiscussionContext.Sentence
        ("figures/fig9", "{{{table}}}", "tabel"),                         // SensitivityContext
    ]

    @Test(arguments: misspellings)
    func aNameNoContextFieldHasFails(_ m: (template: String, name: String, misspelt: String)) throws {
        var texts = try Self.builtInTexts()
        let text = try #require(texts[m.template])
        let at = try #require(text.range(of: m.name), "\(m.name) is in \(m.template)")
        let braces = m.name.hasPrefix("{{{") ? 3 : 2
        texts[m.template] = text.replacingCharacters(in: at, with: String(repeating: "{", count: braces) + m.misspelt + String(repeating: "}", count: braces))
        let check = try TemplateSet(templates: texts).unresolvedNames(in: "report", context: try Self.fullContext().context)
        #expect(check.unresolved.count == 1 && check.unresolved.allSatisfy {
            $0.hasPrefix(m.template + ":") && $0.hasSuffix("{{\(m.misspelt)}} resolves to nothing")
        }, "\(check.unresolved)")
    }

    @Test func theLegacyClaimsKeyIsTheLongTailList() throws {
        let set = try TemplateSet(templates: [
            "legacy": "{{#claims.lt}}{{id}};{{/claims.lt}}", "current": "{{#claims.longtail}}{{id}};{{/claims.longtail}}",
            "unknown": "[{{#claims.ltx}}{{id}}{{/claims.ltx}}]",
        ])
        let (context, _) = try Self.fullContext()
        let legacy = try set.render("legacy", context: context)
        let current = try set.render("current", context: context)
        #expect(!legacy.isEmpty && legacy == current)
        #expect(try set.render("unknown", context: context) == "[]")
        #expect(set.unresolvedNames(in: "legacy", context: context).unresolved == [])
        #expect(set.unresolvedNames(in: "unknown", context: context).unresolved == ["unknown:1:2: {{#claims.ltx}} resolves to nothing"])
    }

    /// The dotted paths of `value` as Mustache sees it: struct fields by Mirror (nil optionals
    /// left out), dictionaries and ``ClaimLists`` by key, a list as `[]` and its elements' paths.
    static func mustachePaths(_ value: Any, at path: String) -> Set<String> {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.first.map { mustachePaths($0.value, at: path) } ?? [] }
        var out: Set<String> = [path]
        func join(_ key: String) -> String { path.isEmpty ? key : path + "." + key }
        if let lists = value as? ClaimLists {
            for key in ClaimLists.keys { out.formUnion(mustachePaths(lists.child(named: key) as Any, at: join(key))) }
        } else if let root = value as? TemplateContext {
            for key in root.keys { out.formUnion(mustachePaths(root.child(named: key) as Any, at: join(key))) }
        } else if let dictionary = value as? [String: Any] {
            for (key, v) in dictionary { out.formUnion(mustachePaths(v, at: join(key))) }
        } else if let list = value as? [Any] {
            for element in list { out.formUnion(mustachePaths(element, at: path + "[]")) }
        } else if mirror.displayStyle == .struct {
            for child in mirror.children { out.formUnion(mustachePaths(child.value, at: join(child.label ?? "?"))) }
        }
        return out
    }

    /// The dotted paths of a JSON value (`JSONSerialization`'s objects).
    static func jsonPaths(_ value: Any, at path: String) -> Set<String> {
        var out: Set<String> = [path]
        if let dictionary = value as? [String: Any] {
            for (key, v) in dictionary { out.formUnion(jsonPaths(v, at: path.isEmpty ? key : path + "." + key)) }
        } else if let list = value as? [Any] {
            for element in list { out.formUnion(jsonPaths(element, at: path + "[]")) }
        }
        return out
    }

    /// The contexts are `Encodable` and their JSON has exactly the names Mustache resolves (so the
    /// JSON of a context lists what a template may name).
    @Test func theJSONOfTheContextHasTheNamesMustacheSees() throws {
        let (context, _) = try Self.fullContext()
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(context))
        let seen = Self.mustachePaths(context, at: ""), encoded = Self.jsonPaths(json, at: "")
        #expect(seen.subtracting(encoded).sorted() == [] && encoded.subtracting(seen).sorted() == [])
        #expect(seen.contains("claims.lt[].id") && seen.contains("longTail.protocol.conv.architecture"))
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
