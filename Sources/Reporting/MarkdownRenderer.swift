import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown → HTML through cmark (CommonMark reference implementation).
///
/// Raw HTML inside the Markdown is **not** passed through: cmark's safe mode stays on for user
/// text, so `<script>` and friends come out as `<!-- raw HTML omitted -->` and `javascript:` links
/// are neutralised. Trusted HTML (figures, tables, badges) goes around cmark with ``BlockSplicer``.
public enum MarkdownRenderer {
    /// Renders CommonMark to an HTML fragment.
    ///
    /// - Parameters:
    ///   - markdown: CommonMark text.
    ///   - smartPunctuation: turn straight quotes into curly quotes, `--` into en dashes and
    ///     `---` into em dashes (cmark's `CMARK_OPT_SMART`).
    /// - Returns: the HTML fragment (no `<html>`/`<body>`), ending in a newline unless empty.
    public static func html(fromMarkdown markdown: String, smartPunctuation: Bool = false) -> String {
        var options = CMARK_OPT_DEFAULT
        if smartPunctuation { options |= CMARK_OPT_SMART }
        // Never CMARK_OPT_UNSAFE: user text must not inject HTML.
        let length = markdown.utf8.count
        return markdown.withCString { text -> String in
            guard let rendered = cmark_markdown_to_html(text, length, options) else {
                return ""  // cmark returns NULL only when out of memory
            }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}
