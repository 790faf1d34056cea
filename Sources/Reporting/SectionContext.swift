/// The template values of one section of the page, a typed `Encodable` struct that its report unit
/// contributes (``ReportFigure/sectionContext(_:blocks:)``) under its own key: `{{#key}}…{{/key}}`
/// in the templates (``TemplateContext``). A new figure declares its context beside its unit, with
/// no change to the page's own values (``PageContext``).
protocol SectionContext: Encodable, Sendable {
    /// The name templates use for the section: unique among the sections and the page's fields.
    static var key: String { get }
}
