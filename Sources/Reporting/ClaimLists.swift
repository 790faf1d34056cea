import Claims
import Markup
import Mustache

/// The page's claim lists, `{{#claims.<figure>}}{{> claim-item}}{{/claims.<figure>}}`: one list per registered
/// ``FigureID`` under its ``FigureID/templateKey`` (and under its ``FigureID/legacyTemplateKey``,
/// `claims.lt`, which templates written before ``FigureID`` use). The keys come from the registry (`FigureID.all`),
/// so a figure cannot be left out or misspelt in Swift; Mustache and ``TemplateNameCheck`` look
/// them up through ``child(named:)`` (a name that is no figure's key resolves to nothing).
struct ClaimLists: Encodable, MustacheParent {
    /// The claims of each figure, in ledger order (empty for a figure without claims).
    let byFigure: [FigureID: [ClaimItem]]

    init(_ byFigure: [FigureID: [ClaimItem]]) { self.byFigure = byFigure }

    /// The figure whose template key (or legacy key) is `name`.
    static func figure(named name: String) -> FigureID? {
        FigureID.all.first { $0.templateKey == name || $0.legacyTemplateKey == name }
    }

    /// Every key a template may use: each figure's template key, then its legacy key.
    static var keys: [String] {
        FigureID.all.flatMap { [$0.templateKey] + ($0.legacyTemplateKey.map { [$0] } ?? []) }
    }

    func child(named name: String) -> Any? {
        Self.figure(named: name).map { byFigure[$0] ?? [] }
    }

    /// The lists under every key of ``keys``, as the templates see them.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: NameKey.self)
        for key in Self.keys {
            try container.encode(child(named: key) as? [ClaimItem] ?? [], forKey: NameKey(stringValue: key))
        }
    }
}
