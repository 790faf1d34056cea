import Foundation
import Markup

/// Gives the headings cmark produces stable `id` anchors, so sections can be linked to.
///
/// `<h2>Results &amp; claims</h2>` becomes `<h2 id="results-claims">Results &amp; claims</h2>`.
/// The slug is the heading's text (tags stripped, basic entities decoded), lowercased, with every
/// run of characters that are not letters or digits turned into one `-`, trimmed at both ends.
/// Letters and digits outside ASCII are kept (`Über` → `über`), since HTML5 ids may be any
/// non-space text. A heading with no letters or digits gets `section`. Repeats get `-2`, `-3`, …
/// in document order, skipping any slug already taken.
public enum HeadingAnchors {
    /// Adds `id` attributes to the bare `<h1>`…`<h6>` tags in `html` (as cmark writes them).
    /// Headings that already carry attributes are left alone.
    ///
    /// - Parameter reservedIDs: ids already used elsewhere on the page (e.g. `fig-loss`);
    ///   headings never get one of these.
    public static func addAnchors(to html: String, reservedIDs: Set<String> = []) -> String {
        var used = reservedIDs
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        var cursor = html.startIndex

        while let open = html.range(of: "<h", range: cursor..<html.endIndex) {
            // Expect exactly "<hN>" with N in 1...6.
            guard let level = html[open.upperBound...].first, ("1"..."6").contains(level),
                  case let afterLevel = html.index(after: open.upperBound),
                  afterLevel < html.endIndex, html[afterLevel] == ">",
                  let close = html.range(of: "</h\(level)>", range: afterLevel..<html.endIndex)
            else {
                out += html[cursor..<open.upperBound]
                cursor = open.upperBound
                continue
            }
            let contentStart = html.index(after: afterLevel)
            let content = html[contentStart..<close.lowerBound]
            let id = unique(slug(fromHTML: String(content)), used: &used)
            out += html[cursor..<open.lowerBound]
            out += "<h\(level) id=\"\(Escape.xml(id))\">"
            out += content
            cursor = close.lowerBound
        }
        out += html[cursor...]
        return out
    }

    /// The slug of a heading's inner HTML (before de-duplication).
    static func slug(fromHTML inner: String) -> String {
        slug(fromText: decodeEntities(stripTags(inner)))
    }

    /// Lowercase; runs of non-letters/digits → one `-`; trimmed; empty → `section`.
    static func slug(fromText text: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(ch)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    private static func unique(_ slug: String, used: inout Set<String>) -> String {
        var candidate = slug
        var n = 2
        while used.contains(candidate) {
            candidate = "\(slug)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    private static func stripTags(_ s: String) -> String {
        var out = ""
        var inTag = false
        for ch in s {
            if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false } else if !inTag { out.append(ch) }
        }
        return out
    }

    /// Decodes the entities cmark emits in text: `&amp; &lt; &gt; &quot; &#39;`.
    /// Other entities are left as written; their letters then join the slug, deterministically.
    private static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">")
            .replacingAll("&quot;", with: "\"").replacingAll("&#39;", with: "'")
            .replacingAll("&amp;", with: "&")
    }
}

extension String {
    /// Replaces every occurrence of `target` (non-empty) with `replacement`, left to right.
    func replacingAll(_ target: String, with replacement: String) -> String {
        precondition(!target.isEmpty)
        var out = ""
        var cursor = startIndex
        while let r = range(of: target, range: cursor..<endIndex) {
            out += self[cursor..<r.lowerBound]
            out += replacement
            cursor = r.upperBound
        }
        out += self[cursor...]
        return out
    }
}
