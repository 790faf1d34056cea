import Foundation
import Testing
@testable import ReportDiff

/// `DiffJSON.quoted` writes strings through `JSONEncoder` (issue 23) and must print exactly what the
/// hand-written escaper before it printed, so `clreport diff` output does not change.
@Suite struct DiffJSONQuotingTests {
    /// The escaper `quoted` had before issue 23, verbatim: the reference for its bytes.
    static func handEscaped(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if ch.value < 0x20 { out += String(format: "\\u%04x", ch.value) } else { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }

    /// Every ASCII character alone and in company, and non-ASCII text (accents, CJK, an emoji, the
    /// line and paragraph separators, a byte-order mark).
    static let samples: [String] = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        + ["", "plain", "a/b", "a\\b", "\\b not a backspace", "say \"hi\"\r\n\tthen\u{8}\u{C}\u{1}\u{1F}\u{7F}",
           "é, ü, ß", "日本語", "😀", "\u{2028}\u{2029}", "\u{FEFF}x", "\\\\r\\\u{8}"]

    @Test func sameBytesAsTheHandWrittenEscaper() {
        for s in Self.samples {
            #expect(DiffJSON.quoted(s) == Self.handEscaped(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func theQuotedTextDecodesToTheString() throws {
        for s in Self.samples {
            let decoded = try JSONDecoder().decode(String.self, from: Data(DiffJSON.quoted(s).utf8))
            #expect(decoded == s)
        }
    }

    @Test func compactUsesItForStringsAndKeys() {
        let value = DiffJSON.object(["b\r": .string("x\u{8}y"), "a/\"": .array([.string("\t"), .number(1.5), .null])])
        #expect(value.compact == #"{"a/\"":["\t",1.5,null],"b\u000d":"x\u0008y"}"#)
    }
}
