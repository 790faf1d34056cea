import Foundation
import Mustache

/// Mustache content type for templates whose output is Markdown: `{{value}}` is inserted as text.
///
/// Backslash-escapes the ASCII punctuation that could start Markdown structure inside a line —
/// `\ ` * _ [ ] < > &` — so, after cmark, the reader sees exactly the characters of the value.
/// (`<` matters even though cmark's safe mode drops raw HTML: unescaped, `a<b>c` would lose `<b>`.)
struct MarkdownContentType: MustacheContentType {
    /// The name used in `{{% CONTENT_TYPE: MARKDOWN}}`.
    static let name = "MARKDOWN"

    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&"]

    func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if Self.special.contains(scalar) { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Adds the content type to swift-mustache's (locked, process-wide) registry; idempotent.
    static func registerOnce() { _ = registration }

    private static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
    }()
}
