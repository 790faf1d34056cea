import Foundation
import Learning
import Reporting
import Results
import RunCache

/// A run that cannot be compared at all: missing, unreadable, or not a JSON object. The message
/// names the file and says why (`clreport diff` exits with status 2).
public struct DiffInputError: Error, CustomStringConvertible, Equatable, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "cannot read \(path): \(reason)" }
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
}

/// One side of a diff: a report's `results.json` as a JSON tree (always), as a decoded
/// ``ReportResults`` (when it matches the current schema; needed to redraw figures), and the
/// figure files next to it (when it is a report folder).
public struct DiffInput: Sendable {
    /// Short name used in headers and legends ("A", "B" or a folder name).
    public var label: String
    /// The `results.json` that was read.
    public var path: String
    public var json: DiffJSON
    /// The strictly decoded results, or nil when this file does not decode as the current schema.
    public var results: ReportResults?
    /// Why ``results`` is nil (the decoder's complaint), for the "skipped" notes.
    public var decodeProblem: String?
    /// Engine config keys this run lacks (an older schema) that were filled with today's defaults
    /// so that ``results`` could be decoded to redraw its figures; empty when none were needed.
    public var filledConfigKeys: [String] = []
    /// Names of `figures/*.svg` in the report folder (without extension), sorted; nil when the
    /// folder has no `figures/` (or the input was a bare `results.json` elsewhere).
    public var figureFiles: [String]?

    public init(label: String, path: String, json: DiffJSON, results: ReportResults?,
                decodeProblem: String? = nil, figureFiles: [String]? = nil) {
        self.label = label; self.path = path; self.json = json; self.results = results
        self.decodeProblem = decodeProblem; self.figureFiles = figureFiles
    }

    /// An input made from a value (tests, or a report just computed in memory).
    public init(label: String, results: ReportResults, path: String = "results.json", figureFiles: [String]? = nil) {
        let data = CanonicalJSON.encode(results)
        // A value we just encoded always parses back.
        let json = (try? DiffJSON.parse(data)) ?? .null
        self.init(label: label, path: path, json: json, results: results, figureFiles: figureFiles)
    }

    public var schema: Int? { json["resultsSchema"]?.intValue }
    public var profile: String? { json["profile"]?.stringValue }

    /// Reads a report folder (its `results.json`) or a `results.json` file.
    ///
    /// - Throws: ``DiffInputError`` when the path does not exist, the file cannot be read, it
    ///   is not a JSON object with at least one of `resultsSchema`, `plan`, `sweeps`, `claims`,
    ///   its `resultsSchema` is not ``ReportResults/currentSchema`` (a newer or older layout), or
    ///   it does not decode as that schema (even with today's defaults for missing config keys).
    public static func load(_ path: String, label: String) throws -> DiffInput {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw DiffInputError(path: path, reason: "no such file or folder")
        }
        let file: String
        var folder: String?
        if isDir.boolValue {
            folder = path
            file = URL(fileURLWithPath: path).appendingPathComponent("results.json").path
            guard fm.fileExists(atPath: file) else {
                throw DiffInputError(path: file, reason: "the folder has no results.json (is it a report folder? run `make report` first)")
            }
        } else {
            file = path
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
            if fm.fileExists(atPath: parent.appendingPathComponent("figures").path) { folder = parent.path }
        }
        guard let data = fm.contents(atPath: file) else {
            throw DiffInputError(path: file, reason: "the file cannot be read (permissions?)")
        }
        let json: DiffJSON
        do {
            json = try DiffJSON.parse(data)
        } catch {
            if data.isEmpty { throw DiffInputError(path: file, reason: "the file is empty") }
            throw DiffInputError(path: file, reason: "not valid JSON (\(Self.syntaxError(data) ?? Self.describe(error)))")
        }
        guard case .object = json else {
            throw DiffInputError(path: file, reason: "not a results.json: the top level is not a JSON object")
        }
        guard ["resultsSchema", "plan", "sweeps", "claims"].contains(where: { json[$0] != nil }) else {
            throw DiffInputError(path: file, reason: "not a results.json: it has none of resultsSchema, plan, sweeps, claims")
        }
        guard json["resultsSchema"]?.intValue == ReportResults.currentSchema else {
            let found = json["resultsSchema"].map { "its resultsSchema is \($0.compact)" } ?? "it has no resultsSchema"
            throw DiffInputError(path: file, reason: "\(found), but this clreport reads resultsSchema \(ReportResults.currentSchema) only; "
                                 + "compare it with the clreport version that wrote it, or re-render it with this one (clreport report)")
        }
        var results: ReportResults?
        var problem: String?
        var filled: [String] = []
        do {
            results = try CanonicalJSON.decoder.decode(ReportResults.self, from: data)
        } catch {
            problem = Self.describe(error)
            if let (r, keys) = Self.decodeFillingConfigDefaults(json) {
                results = r; problem = nil; filled = keys
            }
        }
        // A results.json of the current schema that does not decode (e.g. a mean written "NaN",
        // not the canonical "nan") would be compared only in the sections the JSON walk reads:
        // "No differences." for a file that was not read in full. It is an unreadable input.
        if results == nil {
            throw DiffInputError(path: file, reason: "\(label) does not decode as resultsSchema \(ReportResults.currentSchema) "
                                 + "(\(problem ?? "unknown reason")); nothing was compared. Re-render it with `clreport report`")
        }
        var figures: [String]?
        if let folder {
            let dir = URL(fileURLWithPath: folder).appendingPathComponent("figures")
            if let names = try? fm.contentsOfDirectory(atPath: dir.path) {
                figures = names.filter { $0.hasSuffix(".svg") }.map { String($0.dropLast(4)) }.sorted()
            }
        }
        var input = DiffInput(label: label, path: file, json: json, results: results, decodeProblem: problem, figureFiles: figures)
        input.filledConfigKeys = filled
        return input
    }

    /// Decodes a results tree whose engine configs (`plan.base`, `plan.sweeps[].points[].config`)
    /// lack keys that `EngineConfig` has today, filling them with `EngineConfig()` defaults.
    /// Returns the results and the sorted filled keys, or nil when that is not enough to decode.
    public static func decodeFillingConfigDefaults(_ json: DiffJSON) -> (ReportResults, [String])? {
        guard let defaults = (try? DiffJSON.parse(CanonicalJSON.encode(EngineConfig())))?.objectValue,
              case .object(var root) = json, case .object(var plan)? = root["plan"] else { return nil }
        var filled = Set<String>()
        func fill(_ config: DiffJSON?) -> DiffJSON? {
            guard case .object(var c)? = config else { return config }
            for (k, v) in defaults where c[k] == nil { c[k] = v; filled.insert(k) }
            return .object(c)
        }
        plan["base"] = fill(plan["base"])
        if case .array(var sweeps)? = plan["sweeps"] {
            for i in sweeps.indices {
                guard case .object(var sweep) = sweeps[i], case .array(var points)? = sweep["points"] else { continue }
                for j in points.indices {
                    guard case .object(var point) = points[j] else { continue }
                    point["config"] = fill(point["config"])
                    points[j] = .object(point)
                }
                sweep["points"] = .array(points)
                sweeps[i] = .object(sweep)
            }
            plan["sweeps"] = .array(sweeps)
        }
        guard !filled.isEmpty else { return nil }
        root["plan"] = .object(plan)
        guard let data = try? JSONEncoder().encode(DiffJSON.object(root)),
              let results = try? CanonicalJSON.decoder.decode(ReportResults.self, from: data) else { return nil }
        return (results, filled.sorted())
    }

    /// The JSON parser's own complaint (what and where, e.g. "Unexpected end of file during JSON
    /// parse."), which `JSONDecoder` does not pass on; nil when the data parses.
    static func syntaxError(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let e = error as NSError
            return (e.userInfo[NSDebugDescriptionErrorKey] as? String) ?? e.localizedDescription
        }
    }

    /// A one-line description of a decoding error (which field, what was wrong).
    static func describe(_ error: Error) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        guard let e = error as? DecodingError else { return String(describing: error) }
        switch e {
        case .keyNotFound(let key, let ctx):
            return "missing field \(at(ctx.codingPath + [key]))"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
            return "unexpected value at \(at(ctx.codingPath)): \(ctx.debugDescription)"
        case .dataCorrupted(let ctx):
            var msg = ctx.debugDescription
            if let underlying = ctx.underlyingError { msg += " " + String(describing: underlying) }
            return ctx.codingPath.isEmpty ? msg : "\(at(ctx.codingPath)): \(msg)"
        @unknown default:
            return String(describing: e)
        }
    }
}
