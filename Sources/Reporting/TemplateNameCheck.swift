import Mustache

/// Finds the names a template looks up that resolve to nothing in a context — the typo
/// `{{#claims.fig6x}}` that Mustache silently renders as nothing. It walks the template's tags as
/// Mustache would render them, with the same context stack: a section over a list is walked once per
/// element, a section over a dictionary or struct pushes it, a false section and an inverted one are
/// walked on the unchanged stack (their names must resolve there when they render), a section that
/// resolves to nothing is reported and not entered (its content never renders), partials and
/// dynamic partials (`{{>*name}}`) are followed. Names are resolved as Mustache does: the first part
/// of a dotted name in the innermost frame that has it, the rest inside that value; dictionaries by
/// key, other values (structs) by their stored properties, optionals unwrapped.
///
/// Only what the context can show is checked: a section over an empty list is not walked (its
/// element names are unknown), and is reported in ``Result/unchecked`` so a test can ask for a
/// context without empty lists.
struct TemplateNameCheck {
    /// One tag of a template, in source order.
    struct Tag: Equatable {
        enum Kind: Equatable { case variable, section, inverted, close, partial, dynamicPartial }
        let kind: Kind
        let name: String
        let line: Int
        let column: Int
    }

    struct Result: Equatable {
        /// `label:line:column: {{name}} resolves to nothing`, sorted, without repeats.
        var unresolved: [String] = []
        /// `label:line:column: {{#name}} is an empty list` — sections that could not be walked.
        var unchecked: [String] = []
        /// The templates walked (the one checked and the partials it reaches), sorted.
        var walked: [String] = []
    }

    /// Template name → (label for messages, tags).
    let templates: [String: (label: String, tags: [Tag])]

    /// Walks template `name` from `context` (the root frame).
    func check(_ name: String, context: Any) -> Result {
        var unresolved = Set<String>(), unchecked = Set<String>(), walked = Set<String>()
        walk(name, stack: [context], depth: 0, unresolved: &unresolved, unchecked: &unchecked, walked: &walked)
        return Result(unresolved: unresolved.sorted(), unchecked: unchecked.sorted(), walked: walked.sorted())
    }

    private func walk(_ name: String, stack: [Any], depth: Int, unresolved: inout Set<String>, unchecked: inout Set<String>,
                      walked: inout Set<String>) {
        guard depth <= PartialGraph.maxDepth, let template = templates[name] else { return }
        walked.insert(name)
        var i = 0
        walkTags(template.label, template.tags, from: &i, until: nil, stack: stack, depth: depth,
                 unresolved: &unresolved, unchecked: &unchecked, walked: &walked)
    }

    /// Walks `tags` from `i` to the close tag of `until` (or the end), leaving `i` after it.
    private func walkTags(_ label: String, _ tags: [Tag], from i: inout Int, until: String?, stack: [Any], depth: Int,
                          unresolved: inout Set<String>, unchecked: inout Set<String>, walked: inout Set<String>) {
        while i < tags.count {
            let tag = tags[i]
            i += 1
            let at = "\(label):\(tag.line):\(tag.column)"
            switch tag.kind {
            case .close:
                if tag.name == until { return }
            case .variable:
                if Self.resolve(tag.name, in: stack) == nil { unresolved.insert("\(at): {{\(tag.name)}} resolves to nothing") }
            case .partial:
                walk(tag.name, stack: stack, depth: depth + 1, unresolved: &unresolved, unchecked: &unchecked, walked: &walked)
            case .dynamicPartial:
                guard let target = Self.resolve(tag.name, in: stack) as? String, templates[target] != nil else {
                    unresolved.insert("\(at): {{>*\(tag.name)}} names no template")
                    continue
                }
                walk(target, stack: stack, depth: depth + 1, unresolved: &unresolved, unchecked: &unchecked, walked: &walked)
            case .section, .inverted:
                let value = Self.resolve(tag.name, in: stack)
                if value == nil { unresolved.insert("\(at): {{\(tag.kind == .section ? "#" : "^")\(tag.name)}} resolves to nothing") }
                let start = i
                var frames: [[Any]] = [stack]
                if tag.kind == .section, let value {
                    if let list = value as? [Any] {
                        frames = list.map { stack + [$0] }
                        if list.isEmpty { unchecked.insert("\(at): {{#\(tag.name)}} is an empty list") }
                    } else if value is Bool {
                        frames = [stack]   // a Bool section pushes nothing
                    } else {
                        frames = [stack + [value]]
                    }
                }
                if tag.kind == .section && value == nil { frames = [] }   // its content never renders
                var end = start
                if frames.isEmpty { skip(tags, from: &end, until: tag.name) }
                for frame in frames {
                    end = start
                    walkTags(label, tags, from: &end, until: tag.name, stack: frame, depth: depth,
                             unresolved: &unresolved, unchecked: &unchecked, walked: &walked)
                }
                i = end
            }
        }
    }

    /// Moves `i` past the close tag of section `name` without checking anything.
    private func skip(_ tags: [Tag], from i: inout Int, until name: String) {
        var open = 0
        while i < tags.count {
            let tag = tags[i]
            i += 1
            if tag.kind == .section || tag.kind == .inverted { open += 1 }
            if tag.kind == .close {
                if open == 0 && tag.name == name { return }
                open -= 1
            }
        }
    }

    /// Mustache's lookup: "." is the innermost frame; `a.b.c` finds `a` in the innermost frame
    /// that has it and `b.c` inside it.
    static func resolve(_ name: String, in stack: [Any]) -> Any? {
        if name == "." { return stack.last }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for frame in stack.reversed() {
            guard var value = child(parts[0], of: frame) else { continue }
            for part in parts.dropFirst() {
                guard let next = child(part, of: value) else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    /// `object`'s child `name`: a dictionary's value, else a stored property (optionals unwrapped).
    static func child(_ name: String, of object: Any) -> Any? {
        if let parent = object as? MustacheParent { return parent.child(named: name).flatMap(unwrap) }
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        return unwrap(match.value)
    }

    private static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrap($0.value) } ?? nil
    }
}
