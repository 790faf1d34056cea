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

/// Compares `text` byte for byte with `Snapshots/<name>`, or writes it there when the environment
/// has `RECORD_SNAPSHOTS=1`. A missing snapshot fails the test unless recording.
func assertSnapshot(_ text: String, named name: String, filePath: String = #filePath,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name)
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
    guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Snapshots"),
          let data = try? Data(contentsOf: url) else {
        Issue.record("missing snapshot \(name): run with RECORD_SNAPSHOTS=1 to record it on purpose",
                     sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let was = line < a.count ? String(a[line]) : "<end>"
        let now = line < b.count ? String(b[line]) : "<end>"
        Issue.record("snapshot \(name) differs at line \(line + 1):\n  expected: \(was)\n  actual:   \(now)\n(re-record with RECORD_SNAPSHOTS=1 if intended)",
                     sourceLocation: sourceLocation)
    }
}
