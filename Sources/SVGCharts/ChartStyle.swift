/// Colours, dashes, markers and the shared CSS of all charts.
///
/// **Style assignment.** A series' style is a pure function of its key: the 64-bit FNV-1a hash of
/// the key's UTF-8 bytes picks the colour (hash mod 7 into the Okabe–Ito palette without yellow,
/// which is hard to see on white and only used when a figure needs an eighth colour), the dash pattern
/// (hash / 2^8 mod 4) and the marker (hash / 2^16 mod 5). The same key therefore looks the same in
/// every chart, in every process (the hash is computed here, never with `Hasher`). When two keys
/// in one figure prefer the same colour, ``StyleTable`` moves one of them deterministically.
///
/// Keys starting with ``overlayPrefixA`` / ``overlayPrefixB`` (made by ``ChartRenderer/overlay(_:_:labelA:labelB:)``)
/// keep the style of the key after the prefix; A is ghosted and dashed, B solid.
public enum ChartStyle {
    /// The Okabe–Ito colour-blind-safe palette: black, orange, sky blue, bluish green, yellow,
    /// blue, vermillion, reddish purple.
    public static let palette = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    /// Palette indices in order of preference: yellow (4) last, as it is faint on white.
    static let preferenceOrder = [0, 1, 2, 3, 5, 6, 7, 4]
    /// Replacement colours in dark mode for palette entries that vanish on a dark background
    /// (`#1B1B1B`). Blue becomes a brighter, more violet blue rather than a light one, so it stays
    /// apart from sky blue (CIELAB ΔE₇₆ 55, and 40 under a deuteranopia simulation; the earlier
    /// `#4FA3E0` was 8 from sky blue) while keeping ΔE 88 from the background.
    static let darkPalette: [Int: String] = [0: "#E8E8E8", 5: "#3F7BFF"]
    /// Dash patterns (`nil` = solid).
    public static let dashes: [String?] = [nil, "7 3", "2 3", "9 3 2 3"]
    /// Key prefix marking the ghosted "A" side of an overlay.
    public static let overlayPrefixA = "overlay-a/"
    /// Key prefix marking the solid "B" side of an overlay.
    public static let overlayPrefixB = "overlay-b/"
    /// Dash used for the ghosted side of an overlay.
    static let ghostDash = "5 4"
    /// Opacity of the ghosted side of an overlay.
    static let ghostOpacity = 0.45

    /// 64-bit FNV-1a of the UTF-8 bytes of `s`.
    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// `key` without an overlay prefix.
    public static func underlyingKey(_ key: String) -> String {
        for p in [overlayPrefixA, overlayPrefixB] where key.hasPrefix(p) { return String(key.dropFirst(p.count)) }
        return key
    }

    /// The preferred style of the series with key `key` (see the type documentation); the
    /// renderers use it through ``StyleTable``, which resolves colour clashes within a figure.
    public static func style(forKey key: String) -> SeriesStyle {
        if key.hasPrefix(overlayPrefixA) {
            var s = style(forKey: String(key.dropFirst(overlayPrefixA.count)))
            s.dash = ghostDash
            s.ghosted = true
            return s
        }
        if key.hasPrefix(overlayPrefixB) {
            var s = style(forKey: String(key.dropFirst(overlayPrefixB.count)))
            s.dash = nil
            return s
        }
        let h = fnv1a(key)
        return SeriesStyle(colorIndex: preferenceOrder[Int(h % 7)], dash: dashes[Int((h >> 8) % 4)],
                           marker: MarkerShape(rawValue: Int((h >> 16) % 5))!, ghosted: false)
    }

    /// Attributes that give a label a halo in the background colour (drawn under the glyphs), so it
    /// stays legible where a data line or band passes behind it; dark mode swaps the colour
    /// (`svgc-halo`).
    static let halo: [(String, String)] = [("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"),
                                           ("paint-order", "stroke")]

    /// The inline `<style>` body shared by all charts. Class names are generic (`svgc-…`), the
    /// rules identical in every chart and scoped to `.svgc` / `svgc-` classes, so repeating them in
    /// many inline SVGs on one HTML page is harmless and touches nothing else on the page.
    /// Light colours are presentation attributes; only dark mode needs CSS.
    static var css: String {
        var dark = ".svgc-bg{fill:#1b1b1b}.svgc-text{fill:#e6e6e6}.svgc-muted{fill:#b0b0b0}"
            + ".svgc-axis{stroke:#bbbbbb}.svgc-grid{stroke:#3a3a3a}.svgc-range{fill:#ffffff;fill-opacity:0.07}"
            + ".svgc-ref{stroke:#bbbbbb}.svgc-mk{stroke:#1b1b1b}.svgc-halo{stroke:#1b1b1b}"
        for (i, c) in darkPalette.sorted(by: { $0.key < $1.key }) {
            dark += ".svgc-s\(i){stroke:\(c)}.svgc-f\(i){fill:\(c)}"
        }
        return ".svgc text{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif}"
            + ".svgc-title{font-weight:600}"
            + "@media (prefers-color-scheme: dark){" + dark + "}"
    }
}
