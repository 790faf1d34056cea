import Foundation

/// `clreport embed`: fills markers in a user's own Markdown with figures and values.
///
/// Markers are HTML comments, so the Markdown still reads well (and renders) before embedding:
///
///     <!-- clreport:figure loss-curve -->      → the figure's HTML/SVG text
///     <!-- clreport:value top1-accuracy -->    → the formatted value, e.g. `0.934 ± 0.004`
///
/// A figure marker that is alone on its line becomes an HTML block: blank lines are ensured
/// before and after it, and blank lines *inside* the figure text are dropped (a blank line would
/// end a CommonMark HTML block and turn the rest of the SVG into Markdown). Markers inside fenced
/// code blocks (``` or ~~~) are left alone, so a document can show the syntax. Names may use
/// letters, digits and `- _ . : /`. Everything else in the document is copied byte for byte.
public enum EmbedProcessor {
    /// Replaces the markers in `markdown`.
    ///
    /// - Throws: ``ReportingError`` for an unknown figure id or value name (naming it and listing
    ///   the known ones, sorted) or a malformed marker (with its line number).
    public static func process(markdown: String, figures: [String: String],
                               values: [String: String]) throws -> String {
        guard markdown.contains(keyword) else { return markdown }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        var fence: Substring? = nil

        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            let line = String(rawLine)
            if let f = fenceMarker(line) {
                if let open = fence {
                    if f.first == open.first && f.count >= open.count { fence = nil }
                } else {
                    fence = f
                }
                out.append(line)
                continue
            }
            guard fence == nil, line.contains(keyword) else { out.append(line); continue }

            let markers = try parseMarkers(in: line, lineNumber: number)
            if markers.count == 1, let only = markers.first, only.kind == .figure,
               line[..<only.range.lowerBound].allSatisfy(\.isWhitespace),
               line[only.range.upperBound...].allSatisfy({ $0.isWhitespace || $0 == "\r" }) {
                let figure = try lookUp(only, figures: figures, values: values, lineNumber: number)
                if let previous = out.last, !previous.allSatisfy(\.isWhitespace) { out.append("") }
                out.append(figure)
                let nextIsBlank = index + 1 >= lines.count || lines[index + 1].allSatisfy(\.isWhitespace)
                if !nextIsBlank { out.append("") }
                continue
            }
            var rebuilt = ""
            var cursor = line.startIndex
            for marker in markers {
                rebuilt += line[cursor..<marker.range.lowerBound]
                rebuilt += try lookUp(marker, figures: figures, values: values, lineNumber: number)
                cursor = marker.range.upperBound
            }
            rebuilt += line[cursor...]
            out.append(rebuilt)
        }
        return out.joined(separator: "\n")
    }

    /// The figure ids of the figure markers in `markdown`, in order of appearance, each once;
    /// markers inside fenced code blocks are not counted (as in ``process(markdown:figures:values:)``).
    ///
    /// - Throws: ``ReportingError`` for a malformed marker (with its line number).
    public static func figureIDs(in markdown: String) throws -> [String] {
        guard markdown.contains(keyword) else { return [] }
        var ids: [String] = []
        var fence: Substring? = nil
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let f = fenceMarker(String(line)) {
                if let open = fence {
                    if f.first == open.first && f.count >= open.count { fence = nil }
                } else {
                    fence = f
                }
                continue
            }
            guard fence == nil, line.contains(keyword) else { continue }
            for marker in try parseMarkers(in: String(line), lineNumber: index + 1)
            where marker.kind == .figure && !ids.contains(marker.name) {
                ids.append(marker.name)
            }
        }
        return ids
    }

    // MARK: - Markers

    /// A marker is `<!--`, optional whitespace, this keyword, kind, name, `-->`.
    static let keyword = "clreport:"

    enum Kind: String { case figure, value }

    struct Marker {
        let kind: Kind
        let name: String
        let range: Range<String.Index>
    }

    private static let syntax = "write <!-- clreport:figure ID --> or <!-- clreport:value NAME -->"

    /// All markers on one line, in order.
    static func parseMarkers(in line: String, lineNumber: Int) throws -> [Marker] {
        var markers: [Marker] = []
        var cursor = line.startIndex
        while let comment = line.range(of: "<!--", range: cursor..<line.endIndex) {
            let afterSpace = line[comment.upperBound...].firstIndex(where: { !$0.isWhitespace }) ?? line.endIndex
            guard line[afterSpace...].hasPrefix(keyword) else {
                cursor = comment.upperBound
                continue
            }
            let start = comment.lowerBound..<line.index(afterSpace, offsetBy: keyword.count)
            guard let end = line.range(of: "-->", range: start.upperBound..<line.endIndex) else {
                throw ReportingError(
                    "line \(lineNumber): malformed marker '\(String(line[start.lowerBound...]).trimmingWhitespace())': "
                    + "it must end with --> on the same line; \(syntax)")
            }
            let text = String(line[start.lowerBound..<end.upperBound])
            let words = line[start.upperBound..<end.lowerBound].split(whereSeparator: \.isWhitespace)
            guard let kindWord = words.first, let kind = Kind(rawValue: String(kindWord)) else {
                throw ReportingError("line \(lineNumber): malformed marker '\(text)': unknown kind; \(syntax)")
            }
            guard words.count == 2 else {
                let problem = words.count < 2 ? "no \(kind == .figure ? "figure id" : "value name")"
                                              : "more than one name"
                throw ReportingError("line \(lineNumber): malformed marker '\(text)': \(problem); \(syntax)")
            }
            let name = String(words[1])
            guard name.unicodeScalars.allSatisfy(isNameScalar) else {
                throw ReportingError(
                    "line \(lineNumber): malformed marker '\(text)': '\(name)' is not a valid name "
                    + "(use letters, digits and - _ . : /); \(syntax)")
            }
            markers.append(Marker(kind: kind, name: name, range: start.lowerBound..<end.upperBound))
            cursor = end.upperBound
        }
        return markers
    }

    private static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
            || s == "-" || s == "_" || s == "." || s == ":" || s == "/"
    }

    private static func lookUp(_ marker: Marker, figures: [String: String], values: [String: String],
                               lineNumber: Int) throws -> String {
        switch marker.kind {
        case .figure:
            guard let figure = figures[marker.name] else {
                throw unknown("figure", marker.name, known: figures.keys, lineNumber: lineNumber)
            }
            return withoutBlankLines(figure)
        case .value:
            guard let value = values[marker.name] else {
                throw unknown("value", marker.name, known: values.keys, lineNumber: lineNumber)
            }
            return value
        }
    }

    private static func unknown(_ kind: String, _ name: String, known: Dictionary<String, String>.Keys,
                                lineNumber: Int) -> ReportingError {
        let list = known.isEmpty ? "(none)" : known.sorted().joined(separator: ", ")
        return ReportingError("line \(lineNumber): unknown \(kind) '\(name)'; known \(kind)s: \(list)")
    }

    /// The text without whitespace-only lines and without a trailing newline.
    static func withoutBlankLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .joined(separator: "\n")
    }

    /// The fence (``` or ~~~, three or more, up to three spaces of indent) opening or closing a
    /// fenced code block on this line, or nil.
    static func fenceMarker(_ line: String) -> Substring? {
        let trimmed = line.drop(while: { $0 == " " })
        guard line.count - trimmed.count <= 3, let c = trimmed.first, c == "`" || c == "~" else { return nil }
        let run = trimmed.prefix(while: { $0 == c })
        return run.count >= 3 ? run : nil
    }
}
