import Mustache

/// A light scan of Mustache source that finds what swift-mustache's parser reports poorly:
/// where an unclosed section was *opened*, which section a stray `{{/name}}` was meant to close,
/// which partials a template refers to (so missing ones and include cycles can be reported at
/// load time) and which names its variables and sections look up.
///
/// Set-delimiter tags (`{{=<% %>=}}`) are followed, so no partial hides behind them; a malformed
/// one ends the scan (the parser reports it).
enum TemplateDiagnostics {
    /// A problem at a 1-based line and column (columns count characters).
    struct Problem: Equatable {
        let line: Int
        let column: Int
        let message: String
    }

    /// A `{{> name}}` reference.
    struct PartialReference: Equatable {
        let name: String
        let line: Int
        let column: Int
    }

    struct Result {
        var problem: Problem?
        var partials: [PartialReference] = []
        /// Names looked up by variables (`{{x}}`, `{{{x}}}`, `{{& x}}`), sections (`{{#x}}`, `{{^x}}`)
        /// and dynamic partials (`{{>*x}}`).
        var names: [PartialReference] = []
        /// Every variable, section, close and partial tag in source order (``TemplateNameCheck``).
        var tags: [TemplateNameCheck.Tag] = []
    }

    /// Scans `source` for unbalanced sections, unterminated tags and partial references.
    static func scan(_ source: String) -> Result {
        let chars = Array(source)
        var result = Result()
        var open: [(name: String, line: Int, column: Int)] = []
        var line = 1
        var column = 1
        var i = 0

        /// Advances over `chars[i]`, keeping line and column current.
        func step() {
            if chars[i].isNewline { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        func matches(_ s: String, at k: Int) -> Bool {
            var k = k
            for c in s {
                guard k < chars.count, chars[k] == c else { return false }
                k += 1
            }
            return true
        }

        var opener = "{{", closer = "}}"
        while i < chars.count {
            guard matches(opener, at: i) else { step(); continue }
            let tagLine = line, tagColumn = column
            let triple = opener == "{{" && matches("{{{", at: i)
            let end = triple ? "}}}" : closer
            for _ in 0..<(triple ? 3 : opener.count) { step() }
            let contentStart = i
            while i < chars.count, !matches(end, at: i) { step() }
            guard i < chars.count else {
                result.problem = Problem(line: tagLine, column: tagColumn,
                                         message: "tag is never closed; end it with \(end)")
                return result
            }
            let content = String(chars[contentStart..<i]).trimmingWhitespace()
            for _ in 0..<end.count { step() }
            func tag(_ kind: TemplateNameCheck.Tag.Kind, _ name: String) {
                result.tags.append(TemplateNameCheck.Tag(kind: kind, name: name, line: tagLine, column: tagColumn))
            }
            if triple {
                result.names.append(PartialReference(name: content, line: tagLine, column: tagColumn))
                tag(.variable, content)
                continue
            }
            guard let sigil = content.first else { continue }
            let name = String(content.dropFirst()).trimmingWhitespace()
            switch sigil {
            case "=":
                // {{=<% %>=}}: two whitespace-separated delimiters between the equals signs.
                let parts = content.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                guard content.count >= 2, content.last == "=", parts.count == 2 else { return result }
                opener = String(parts[0]); closer = String(parts[1])
            case "#", "^":
                result.names.append(PartialReference(name: name, line: tagLine, column: tagColumn))
                open.append((name, tagLine, tagColumn))
                tag(sigil == "#" ? .section : .inverted, name)
            case "$", "<":
                open.append((name, tagLine, tagColumn))
            case "/":
                guard let top = open.last else {
                    result.problem = Problem(line: tagLine, column: tagColumn,
                        message: "{{/\(name)}} closes a section that was never opened; remove it or add {{#\(name)}} before it")
                    return result
                }
                guard top.name == name else {
                    result.problem = Problem(line: tagLine, column: tagColumn,
                        message: "{{/\(name)}} does not match the open section '\(top.name)' (opened at line \(top.line)); "
                        + "close it with {{/\(top.name)}} first")
                    return result
                }
                open.removeLast()
                tag(.close, name)
            case ">":
                if name.hasPrefix("*") {   // a dynamic partial: its name is looked up in the context
                    let variable = String(name.dropFirst()).trimmingWhitespace()
                    result.names.append(PartialReference(name: variable, line: tagLine, column: tagColumn))
                    tag(.dynamicPartial, variable)
                } else {
                    result.partials.append(PartialReference(name: name, line: tagLine, column: tagColumn))
                    tag(.partial, name)
                }
            case "&":
                result.names.append(PartialReference(name: name, line: tagLine, column: tagColumn))
                tag(.variable, name)
            case "!", "%":
                continue
            default:
                result.names.append(PartialReference(name: content, line: tagLine, column: tagColumn))
                tag(.variable, content)
            }
        }
        if let unclosed = open.last {
            result.problem = Problem(line: unclosed.line, column: unclosed.column,
                message: "section '\(unclosed.name)' is never closed; add {{/\(unclosed.name)}} where it should end")
        }
        return result
    }

    /// The parser reports the position where it stopped, usually just after the offending tag.
    /// Returns the column of the last `{{` on `line` before `column` (the tag's start), or
    /// `column` itself when there is none.
    static func tagStartColumn(in source: String, line: Int, before column: Int) -> Int {
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard line >= 1, line <= lines.count else { return column }
        let text = Array(lines[line - 1].prefix(max(0, column - 1)))
        var k = text.count - 2
        while k >= 0 {
            if text[k] == "{" && text[k + 1] == "{" {
                // Step back over a third brace of a triple mustache.
                return (k > 0 && text[k - 1] == "{") ? k : k + 1
            }
            k -= 1
        }
        return column
    }

    /// A short, actionable description of a swift-mustache parser error.
    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect:
            return "closing tag does not match the open section; close sections in the reverse order of opening"
        case .unfinishedName:
            return "malformed tag; names may use letters, digits and . - _ ? ( ) *, and the tag must end with }}"
        case .expectedSectionEnd:
            return "a section is never closed; add the matching {{/name}}"
        case .invalidSetDelimiter:
            return "malformed set-delimiter tag; write it as {{=<% %>=}}"
        case .transformAppliedToInheritanceSection:
            return "a transform cannot be applied to an inheritance section ({{$name}} or {{<name}})"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "only {{$block}} overrides may appear inside a {{<parent}} section"
        case .invalidConfigVariableSyntax:
            return "malformed pragma; write it as {{% CONTENT_TYPE: TEXT}}"
        case .unrecognisedConfigVariable:
            return "unknown pragma; only CONTENT_TYPE (MARKDOWN, TEXT or HTML) is supported"
        @unknown default:
            return "\(error)"
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
