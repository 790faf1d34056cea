import Markup
import Mustache

/// The Mustache context of `templates/report.md` (built by ``ReportContext/make(_:blocks:figures:)``):
/// the page's own values (``PageContext``), then each section's (``SectionContext``, contributed by
/// its ``ReportFigure`` in page order). A name resolves in the page's fields first, then among the
/// sections' keys (``child(named:)``, the lookup Mustache and ``TemplateNameCheck`` use); a section
/// whose results are absent (no long-tail table, no map) is not there and resolves to nothing, as
/// a nil field did. Its JSON is the page's fields and the sections under their keys, one object.
struct TemplateContext: Encodable, MustacheParent {
    private(set) var page: PageContext
    /// The sections present, in page order; at most one per key.
    private(set) var sections: [any SectionContext]

    init(page: PageContext, sections: [any SectionContext]) {
        let keys = sections.map { type(of: $0).key }
        precondition(Set(keys).count == keys.count, "two section contexts have the same key: \(keys)")
        let clash = Set(keys).intersection(Mirror(reflecting: page).children.compactMap(\.label))
        precondition(clash.isEmpty, "section context keys \(clash.sorted()) are also fields of PageContext")
        self.page = page; self.sections = sections
    }

    /// Every name the root resolves: the page's fields, then the sections' keys.
    var keys: [String] {
        Mirror(reflecting: page).children.compactMap(\.label) + sections.map { type(of: $0).key }
    }

    func child(named name: String) -> Any? {
        if let field = Mirror(reflecting: page).children.first(where: { $0.label == name }) {
            let value = Mirror(reflecting: field.value)   // an optional field: its value, or nothing
            return value.displayStyle == .optional ? value.children.first?.value : field.value
        }
        return sections.first { type(of: $0).key == name }
    }

    /// The section context of type `S`, if present.
    func section<S: SectionContext>(_ type: S.Type) -> S? {
        sections.lazy.compactMap { $0 as? S }.first
    }

    /// Replaces the section context of `S`'s key with `context` (removes it for nil).
    mutating func setSection<S: SectionContext>(_ context: S?) {
        let at = sections.firstIndex { Swift.type(of: $0).key == S.key }
        switch (at, context) {
        case let (i?, c?): sections[i] = c
        case let (i?, nil): sections.remove(at: i)
        case let (nil, c?): sections.append(c)
        case (nil, nil): break
        }
    }

    func encode(to encoder: any Encoder) throws {
        try page.encode(to: encoder)
        var container = encoder.container(keyedBy: NameKey.self)
        for section in sections {
            try container.encode(section, forKey: NameKey(stringValue: type(of: section).key))
        }
    }
}
