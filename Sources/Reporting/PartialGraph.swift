/// The include graph of a template set (template → the partials it names), checked at load time
/// so rendering can never recurse without end: a partial that includes itself, directly or
/// through others, and chains deeper than `maxDepth` are refused with the include chain.
struct PartialGraph {
    /// Longest include chain accepted (report → a → b … counts the templates on the chain).
    static let maxDepth = 16

    /// A template's label (for error locations) and its partial references.
    struct Node {
        let label: String
        let partials: [TemplateDiagnostics.PartialReference]
    }

    let nodes: [String: Node]

    /// Throws ``ReportingError`` for the first cycle or over-deep chain found (templates and
    /// references visited in name and source order, so the message is deterministic):
    /// `report.md:3:1: partial 'a' includes itself: report → a → b → a; …`.
    func check() throws {
        var done = Set<String>()
        for name in nodes.keys.sorted() {
            var chain: [String] = []
            try visit(name, chain: &chain, done: &done)
        }
    }

    private func visit(_ name: String, chain: inout [String], done: inout Set<String>) throws {
        guard !done.contains(name), let node = nodes[name] else { return }
        chain.append(name)
        defer { chain.removeLast() }
        for ref in node.partials where nodes[ref.name] != nil {
            let path = (chain + [ref.name]).joined(separator: " → ")
            if chain.contains(ref.name) {
                throw ReportingError("\(node.label):\(ref.line):\(ref.column): partial '\(ref.name)' includes itself: \(path); "
                                     + "remove one of these {{> …}} tags (a partial may not include itself, directly or through others)")
            }
            if chain.count + 1 > Self.maxDepth {
                throw ReportingError("\(node.label):\(ref.line):\(ref.column): partials are nested more than \(Self.maxDepth) deep: \(path); "
                                     + "flatten the templates")
            }
            try visit(ref.name, chain: &chain, done: &done)
        }
        done.insert(name)
    }
}
