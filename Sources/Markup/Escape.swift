/// The one text escaper of the project: XML/HTML (SVG, the report page, data tables) and
/// Markdown (template values, Markdown tables of `clreport diff`).
public enum Escape {
    /// `s` safe in XML and HTML element content and in double- or single-quoted attribute values:
    ///
    ///     & → &amp;   < → &lt;   > → &gt;   " → &quot;   ' → &#39;
    ///
    /// (`&#39;` rather than `&apos;`, which HTML 4 lacks), and characters XML 1.0 forbids — C0
    /// controls other than tab, newline and carriage return, U+FFFE and U+FFFF — dropped.
    public static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The ASCII punctuation that could start Markdown structure inside a line or a table row.
    static let markdownSpecial: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|"]

    /// `s` as literal Markdown text: `\ ` * _ [ ] < > & |` backslash-escaped, so that after cmark
    /// the reader sees exactly the characters of `s` (also inside a table cell), and line breaks
    /// (`\n`, `\r`) turned into spaces so a value cannot end a paragraph, a table row or start a
    /// heading. (`<` matters even though cmark's safe mode drops raw HTML: unescaped, `a<b>c`
    /// would lose `<b>`.)
    public static func markdown(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar == "\n" || scalar == "\r" { out += " "; continue }
            if markdownSpecial.contains(scalar) { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
