import Foundation

/// Carries blocks of trusted HTML (figures, tables, badges) past cmark's safe mode.
///
/// The template emits a plain-text token for each block; cmark renders the token as ordinary text
/// (usually as a paragraph of its own); ``splice(into:)`` then swaps `<p>TOKEN</p>` — or a bare
/// `TOKEN` inside other text — for the block's HTML.
///
/// Tokens look like `CLREPORTBLOCK0007X`: letters and digits only, so Markdown (including smart
/// punctuation) leaves them untouched, and numbered in registration order, so the same blocks give
/// the same tokens every run.
///
/// ```swift
/// var splicer = BlockSplicer()
/// let token = splicer.token(for: HTML.figure(id: "loss", svg: svg, caption: "Loss", dataTable: table))
/// let markdown = "# Results\n\n\(token)\n"
/// let page = try splicer.splice(into: MarkdownRenderer.html(fromMarkdown: markdown))
/// ```
public struct BlockSplicer: Sendable {
    static let prefix = "CLREPORTBLOCK"
    static let terminator: Character = "X"

    /// Registered blocks, in registration order; the token of block `i` is `token(number: i + 1)`.
    private(set) var blocks: [String] = []

    /// Creates a splicer with no blocks.
    public init() {}

    /// The number of registered blocks.
    public var count: Int { blocks.count }

    /// Registers a block of trusted HTML and returns the token that stands for it.
    public mutating func token(for html: String) -> String {
        blocks.append(html)
        return Self.token(number: blocks.count)
    }

    /// The token for the block registered `number`-th (1-based).
    static func token(number: Int) -> String {
        let digits = String(number)
        let padding = String(repeating: "0", count: max(0, 4 - digits.count))
        return prefix + padding + digits + String(terminator)
    }

    /// Replaces every registered token in `html` with its block.
    ///
    /// A token that is the whole content of a paragraph (`<p>TOKEN</p>`) is replaced together with
    /// the `<p>` wrapper, since figures and tables are not allowed inside paragraphs. Other
    /// occurrences are replaced in place. The replacement is a single left-to-right pass, so a block
    /// whose HTML happens to contain a token-like string is never re-scanned.
    ///
    /// - Throws: ``ReportingError`` naming the first registered token that does not occur in
    ///   `html` — a figure is never dropped silently.
    public func splice(into html: String) throws -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + blocks.reduce(0) { $0 + $1.utf8.count })
        var found = [Bool](repeating: false, count: blocks.count)
        var cursor = html.startIndex

        while let hit = html.range(of: Self.prefix, range: cursor..<html.endIndex) {
            guard let (number, tokenEnd) = parseNumber(in: html, after: hit.upperBound),
                  number >= 1, number <= blocks.count else {
                // Not one of ours: copy the prefix through and keep looking.
                output += html[cursor..<hit.upperBound]
                cursor = hit.upperBound
                continue
            }
            found[number - 1] = true
            var start = hit.lowerBound
            var end = tokenEnd
            if html[cursor..<start].hasSuffix("<p>"), html[end...].hasPrefix("</p>") {
                start = html.index(start, offsetBy: -3)
                end = html.index(end, offsetBy: 4)
            }
            output += html[cursor..<start]
            output += blocks[number - 1]
            cursor = end
        }
        output += html[cursor...]

        if let missing = found.firstIndex(of: false) {
            let token = Self.token(number: missing + 1)
            throw ReportingError(
                "block \(token) (block \(missing + 1) of \(blocks.count)) is missing from the rendered HTML; "
                + "the template must output every block token it was given, on a line of its own "
                + "(check for a misspelled or removed {{variable}}, or a token inside a code span)")
        }
        return output
    }

    /// Reads `DIGITS X` starting at `index`; returns the number and the index after the `X`.
    private func parseNumber(in html: String, after index: String.Index) -> (Int, String.Index)? {
        var i = index
        var value = 0
        var digits = 0
        while i < html.endIndex, let d = html[i].wholeNumberValue, html[i].isASCII, digits < 9 {
            value = value * 10 + d
            digits += 1
            i = html.index(after: i)
        }
        guard digits >= 4, i < html.endIndex, html[i] == Self.terminator else { return nil }
        return (value, html.index(after: i))
    }
}
