import Foundation
import Mustache

/// A set of Mustache templates that produce Markdown.
///
/// Templates are `*.md` files in one directory; each is registered under its file name without
/// the extension, which is also its partial name (`{{> claim-badge}}` ↔ `claim-badge.md`). The
/// `*.md` files of its subfolder `figures/` are registered as `figures/<name>` (one partial per
/// figure, `figures/fig1.md` ↔ `{{> figures/fig1}}`, or by a name from the context, `{{>*partial}}`).
///
/// Escaping: a template's output is Markdown, not HTML, so `{{name}}` inserts the value as
/// *text* — Markdown punctuation that could change the structure (`\ ` * _ [ ] < > &`) is
/// backslash-escaped, and the value shows up exactly as given after cmark. `{{{name}}}` (or
/// `{{& name}}`) inserts the value as Markdown, unchanged. Inside code spans and fenced code blocks
/// backslash escapes are shown literally, so use `{{{name}}}` there. Other content types remain
/// available with the usual pragma (`{{% CONTENT_TYPE: TEXT}}`).
///
/// Partials follow Mustache semantics: a partial tag alone on its line is replaced by the partial's
/// text as is, so a partial meant to produce whole lines (a list item, a paragraph) should end with
/// a newline — files saved by editors usually do; in-memory templates need an explicit `\n`.
///
/// Problems are found when the set is loaded, not when it renders: syntax errors, references to
/// partials that do not exist, partials that include themselves (directly or through others) and
/// partials nested deeper than ``PartialGraph/maxDepth`` are reported as `file:line:column: what is wrong`.
public struct TemplateSet: Sendable {
    /// The template names, sorted.
    public let names: [String]
    private let library: MustacheLibrary
    /// Names looked up by each template's tags, with their locations (template label → references).
    private let lookups: [(label: String, refs: [TemplateDiagnostics.PartialReference])]
    /// Each template's tags in source order, for ``unresolvedNames(in:context:)``.
    private let nameCheck: TemplateNameCheck

    /// File extension of templates in a directory.
    public static let fileExtension = "md"

    /// The subfolders whose templates are loaded too, named `<folder>/<file name>`.
    public static let subfolders = ["figures"]

    /// Loads every `*.md` file directly inside `directory` and inside its subfolder
    /// ``subfolders`` (hidden files skipped).
    ///
    /// - Throws: ``ReportingError`` if the directory is missing, holds no templates, a file
    ///   cannot be read, or a template has a syntax error (`templates/report.md:12:5: …`).
    public init(directory: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReportingError(
                "template directory '\(directory)' does not exist; create it with a report.md "
                + "(Mustache + Markdown) or point clreport at an existing template directory")
        }
        let entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: directory)
        } catch {
            throw ReportingError("cannot list template directory '\(directory)': \(error.localizedDescription); check its permissions")
        }
        let suffix = "." + Self.fileExtension
        var files = entries.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
        let separator = directory.hasSuffix("/") ? "" : "/"
        for folder in Self.subfolders {
            var folderIsDirectory: ObjCBool = false
            let path = directory + separator + folder
            guard fm.fileExists(atPath: path, isDirectory: &folderIsDirectory), folderIsDirectory.boolValue else { continue }
            let inner: [String]
            do {
                inner = try fm.contentsOfDirectory(atPath: path)
            } catch {
                throw ReportingError("cannot list template folder '\(path)': \(error.localizedDescription); check its permissions")
            }
            files += inner.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        }
        var sources: [Source] = []
        for file in files {
            let path = directory + separator + file
            var fileIsDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &fileIsDirectory), !fileIsDirectory.boolValue else { continue }
            guard let data = fm.contents(atPath: path) else {
                throw ReportingError("cannot read template '\(path)'; check that the file is readable")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ReportingError("template '\(path)' is not valid UTF-8 text; save it as UTF-8")
            }
            sources.append(Source(name: String(file.dropLast(suffix.count)), label: path, text: text))
        }
        guard !sources.isEmpty else {
            throw ReportingError(
                "template directory '\(directory)' has no templates; add a report.md "
                + "(templates are Mustache + Markdown files named <name>.md)")
        }
        try self.init(sources: sources)
    }

    /// Builds a set from sources held in memory (`name → Mustache text`), for tests and for
    /// built-in defaults. Error locations are given as `name:line:column`.
    public init(templates: [String: String]) throws {
        let sources = templates.keys.sorted().map { Source(name: $0, label: $0, text: templates[$0]!) }
        try self.init(sources: sources)
    }

    /// One template's text and the label used for it in error messages.
    struct Source {
        let name: String
        let label: String
        let text: String
    }

    /// The pragma placed (on a line of its own) before every template; partials reset the
    /// content type, so each template gets its own copy.
    static let prelude = "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}\n"

    private init(sources: [Source]) throws {
        MarkdownContentType.registerOnce()
        let names = sources.map(\.name).sorted()
        var templates: [String: MustacheTemplate] = [:]
        var graph: [String: PartialGraph.Node] = [:]
        var lookups: [(label: String, refs: [TemplateDiagnostics.PartialReference])] = []
        var tags: [String: (label: String, tags: [TemplateNameCheck.Tag])] = [:]
        for source in sources {
            let diagnosis = TemplateDiagnostics.scan(source.text)
            do {
                templates[source.name] = try MustacheTemplate(string: Self.prelude + source.text)
            } catch let error as MustacheTemplate.ParserError {
                if let problem = diagnosis.problem {
                    throw ReportingError("\(source.label):\(problem.line):\(problem.column): \(problem.message)")
                }
                let line = max(1, error.context.lineNumber - 1)  // minus the prelude line
                let column = TemplateDiagnostics.tagStartColumn(in: source.text, line: line,
                                                                 before: error.context.columnNumber)
                throw ReportingError(
                    "\(source.label):\(line):\(column): "
                    + TemplateDiagnostics.describe(error.error))
            }
            // The scanner's problems are only reported when the parser fails too (it is the judge of
            // validity; the scanner only gives better locations and words).
            for partial in diagnosis.partials where !names.contains(partial.name) {
                throw ReportingError(
                    "\(source.label):\(partial.line):\(partial.column): partial '\(partial.name)' not found; "
                    + "known templates: \(names.joined(separator: ", ")) "
                    + "(a partial {{> name}} is the file name.\(Self.fileExtension) without its extension)")
            }
            tags[source.name] = (source.label, diagnosis.tags)
            graph[source.name] = PartialGraph.Node(label: source.label, partials: diagnosis.partials)
            lookups.append((source.label, diagnosis.names))
        }
        try PartialGraph(nodes: graph).check()
        self.names = names
        self.lookups = lookups
        self.library = MustacheLibrary(templates: templates)
        self.nameCheck = TemplateNameCheck(templates: tags)
    }

    /// Every tag (variable or section) whose name starts with `prefix` + "." and whose rest is not
    /// in `known`, as `file:line:column: unknown <what> '<rest>'; known <what>s: …` — e.g. an
    /// unknown figure id in `{{{figures.fig99}}}`, which Mustache would silently render as nothing.
    public func checkReferences(prefix: String, known: Set<String>, what: String) throws {
        for (label, refs) in lookups {
            for ref in refs where ref.name.hasPrefix(prefix + ".") {
                let rest = String(ref.name.dropFirst(prefix.count + 1))
                guard !known.contains(rest) else { continue }
                throw ReportingError("\(label):\(ref.line):\(ref.column): unknown \(what) '\(rest)' in {{\(ref.name)}}; known \(what)s: "
                                     + (known.isEmpty ? "(none)" : known.sorted().joined(separator: ", ")))
            }
        }
    }

    /// Whether any template's variables or sections look up `name` (e.g. `figureSections`).
    public func looksUp(_ name: String) -> Bool {
        lookups.contains { $0.refs.contains { $0.name == name } }
    }

    /// The names template `name` (and the partials it reaches) looks up that resolve to nothing in
    /// `context`, which Mustache would render as nothing (see ``TemplateNameCheck``).
    func unresolvedNames(in name: String, context: Any) -> TemplateNameCheck.Result {
        nameCheck.check(name, context: context)
    }

    /// Renders template `name` with `context` (dictionaries, arrays, strings, numbers, Bools).
    ///
    /// Variables missing from the context render as nothing (Mustache semantics).
    /// - Throws: ``ReportingError`` listing the known names if there is no template `name`.
    public func render(_ name: String, context: [String: Any]) throws -> String {
        try render(name, object: context)
    }

    /// Renders template `name` with a typed context, an `Encodable` struct such as ``PageContext``:
    /// Mustache reads its stored properties by name, nested structs and lists alike.
    func render(_ name: String, context: some Encodable) throws -> String {
        try render(name, object: context)
    }

    private func render(_ name: String, object context: Any) throws -> String {
        guard names.contains(name), let text = library.render(context, withTemplate: name) else {
            throw ReportingError(
                "no template named '\(name)'; known templates: "
                + (names.isEmpty ? "(none)" : names.joined(separator: ", ")))
        }
        return text
    }
}
