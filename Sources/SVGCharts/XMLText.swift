/// Identifiers and text widths for SVG layout (escaping is `Markup.Escape.xml`).
enum XMLText {
    /// `s` reduced to characters safe in an XML id / CSS identifier (`A-Z a-z 0-9 - _`);
    /// others become "-". An empty result becomes "chart".
    static func identifier(_ s: String) -> String {
        let mapped = String(s.unicodeScalars.map { c -> Character in
            let ok = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_"
            return ok ? Character(c) : "-"
        })
        if mapped.isEmpty { return "chart" }
        if let first = mapped.unicodeScalars.first, first >= "0" && first <= "9" || first == "-" { return "c" + mapped }
        return mapped
    }

    /// Rough width in pixels of `s` set in a sans-serif font of `fontSize` (for layout only).
    static func width(_ s: String, fontSize: Double) -> Double {
        var units = 0.0
        for c in s.unicodeScalars {
            switch c {
            case "i", "l", "j", "t", "f", "r", ".", ",", ":", ";", "'", "|", "!", "(", ")", " ", "1": units += 0.36
            case "m", "w", "M", "W", "%", "@": units += 0.9
            case "A"..."Z": units += 0.72
            default: units += 0.6
            }
        }
        return units * fontSize
    }
}
