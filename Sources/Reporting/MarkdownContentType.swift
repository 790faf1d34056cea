import Foundation
import Markup
import Mustache

/// Mustache content type for templates whose output is Markdown: `{{value}}` is inserted as text.
///
/// Escaped with `Markup.Escape.markdown` (the one Markdown escaper), so after cmark the reader
/// sees exactly the characters of the value.
struct MarkdownContentType: MustacheContentType {
    /// The name used in `{{% CONTENT_TYPE: MARKDOWN}}`.
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String { Escape.markdown(text) }

    /// Adds the content type to swift-mustache's (locked, process-wide) registry; idempotent.
    static func registerOnce() { _ = registration }

    private static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
    }()
}
