/// The whole generic pipeline for one page:
/// Mustache template → Markdown → cmark (safe mode) → heading anchors → spliced blocks → page shell.
///
/// ```swift
/// var blocks = BlockSplicer()
/// let context: [String: Any] = ["title": "Results", "lossFigure": blocks.token(for: figureHTML)]
/// let page = try PageRenderer.render(template: "report", context: context, templates: templates,
///                                    blocks: blocks, title: "Results")
/// ```
public enum PageRenderer {
    /// Renders template `template` to a complete HTML document.
    ///
    /// Heading anchors are added before the blocks are spliced, so only headings written in the
    /// Markdown get ids, and ids listed in `reservedIDs` (e.g. `fig-loss`) are never reused.
    /// - Throws: ``ReportingError`` for an unknown template or a block token missing from the output.
    public static func render(template: String, context: [String: Any], templates: TemplateSet,
                              blocks: BlockSplicer, title: String, reservedIDs: Set<String> = [],
                              smartPunctuation: Bool = true, lang: String = "en") throws -> String {
        let markdown = try templates.render(template, context: context)
        return try renderMarkdown(markdown, blocks: blocks, title: title, reservedIDs: reservedIDs,
                                  smartPunctuation: smartPunctuation, lang: lang)
    }

    /// The same with a typed context (an `Encodable` struct such as ``PageContext``).
    static func render(template: String, context: some Encodable, templates: TemplateSet,
                       blocks: BlockSplicer, title: String, reservedIDs: Set<String> = [],
                       smartPunctuation: Bool = true, lang: String = "en") throws -> String {
        let markdown = try templates.render(template, context: context)
        return try renderMarkdown(markdown, blocks: blocks, title: title, reservedIDs: reservedIDs,
                                  smartPunctuation: smartPunctuation, lang: lang)
    }

    /// The same pipeline starting from Markdown that is already filled in.
    public static func renderMarkdown(_ markdown: String, blocks: BlockSplicer, title: String,
                                      reservedIDs: Set<String> = [], smartPunctuation: Bool = true,
                                      lang: String = "en") throws -> String {
        let fragment = MarkdownRenderer.html(fromMarkdown: markdown, smartPunctuation: smartPunctuation)
        let anchored = HeadingAnchors.addAnchors(to: fragment, reservedIDs: reservedIDs)
        let body = try blocks.splice(into: anchored)
        return PageShell.document(title: title, bodyHTML: body, lang: lang)
    }
}
