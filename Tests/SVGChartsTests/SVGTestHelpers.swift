import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SVGCharts

/// SplitMix64: a small deterministic generator for property tests (never the system RNG).
struct TestRNG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [a, b).
    mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * Double(next() >> 11) * 0x1.0p-53
    }
}

/// Whether `text` is well-formed XML (FoundationXML's parser).
func parsesAsXML(_ text: String) -> Bool {
    XMLParser(data: Data(text.utf8)).parse()
}

/// All values of `id="…"` attributes in `svg`.
func ids(in svg: String) -> [String] {
    attributeValues("id", in: svg)
}

/// All values of attribute `name` in `text` (attribute values never contain `"`: they are escaped).
func attributeValues(_ name: String, in text: String) -> [String] {
    var out: [String] = []
    var rest = Substring(text)
    let needle = " \(name)=\""
    while let r = rest.range(of: needle) {
        let after = rest[r.upperBound...]
        guard let end = after.firstIndex(of: "\"") else { break }
        out.append(String(after[..<end]))
        rest = after[end...]
    }
    return out
}

/// The lines of `svg` that are `<path …>` elements with `fill="none"` (series lines).
func seriesPaths(in svg: String) -> [String] {
    svg.split(separator: "\n").map(String.init).filter { $0.contains("<path d=") && $0.contains("stroke-linejoin") }
}
