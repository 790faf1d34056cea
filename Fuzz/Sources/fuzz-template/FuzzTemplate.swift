import CFuzzDriver
import Reporting

/// Template loading and embed markers: the input's first half is a template (partials `a` and `b`
/// are its two halves, so include cycles are reachable), the second half a document with
/// `<!-- clreport:… -->` markers. Loading either succeeds (and rendering terminates) or throws a
/// `ReportingError`; nothing traps or recurses without end.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let chars = Array(text)
    let mid = chars.count / 2
    let first = String(chars[..<mid]), second = String(chars[mid...])
    if let set = try? TemplateSet(templates: ["report": first, "a": second, "b": "{{> a}}" + first.prefix(8)]) {
        _ = try? set.checkReferences(prefix: "figures", known: ["fig1"], what: "figure")
        _ = try? set.render("report", context: ["x": "1", "figures": ["fig1": "F"], "items": [["x": "2"]]])
    }
    _ = try? EmbedProcessor.process(markdown: text, figures: ["fig1": "<svg>\n\n</svg>"], values: ["v": "1 ± 0"])
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): libFuzzer's driver.
@_cdecl("fuzz_template_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzzTemplate(data, size) }
}
