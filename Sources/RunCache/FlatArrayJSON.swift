import Foundation

/// Shrinks pretty-printed JSON (``CanonicalJSON``) by writing every array that holds only scalars
/// (numbers, strings, booleans, null) on one line: `[\n  1,\n  2\n]` → `[1, 2]`. Objects and arrays of
/// objects keep one entry per line, so a file stays readable and line-diffable while per-seed value
/// lists and cache-key lists no longer take one indented line per value. The result is the same JSON
/// value (same bytes for the same input); it is used for `results.json` only — cache keys and cache
/// entries keep ``CanonicalJSON``'s exact bytes.
public enum FlatArrayJSON {
    public static func format(_ pretty: Data) -> Data {
        let b = [UInt8](pretty)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let end = stringEnd(b, from: i)
                out += b[i..<end]
                i = end
                continue
            }
            if c == UInt8(ascii: "["), let (flat, next) = flatArray(b, from: i) {
                out += flat
                i = next
                continue
            }
            out.append(c)
            i += 1
        }
        return Data(out)
    }

    /// Index just past the string literal that starts at `start` (a `"`), honouring `\` escapes.
    static func stringEnd(_ b: [UInt8], from start: Int) -> Int {
        var j = start + 1
        while j < b.count {
            if b[j] == UInt8(ascii: "\\") { j += 2; continue }
            if b[j] == UInt8(ascii: "\"") { return j + 1 }
            j += 1
        }
        return b.count
    }

    /// The one-line form of the array that starts at `start` (a `[`) and the index after its `]`, or
    /// nil when the array contains an object or an array (it is then left as it is).
    static func flatArray(_ b: [UInt8], from start: Int) -> ([UInt8], Int)? {
        var items: [[UInt8]] = [], current: [UInt8] = []
        var j = start + 1
        func flush() {
            let trimmed = current.drop { isSpace($0) }.reversed().drop { isSpace($0) }.reversed()
            if !trimmed.isEmpty { items.append(Array(trimmed)) }
            current = []
        }
        while j < b.count {
            let c = b[j]
            switch c {
            case UInt8(ascii: "\""):
                let end = stringEnd(b, from: j)
                current += b[j..<end]
                j = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                return nil
            case UInt8(ascii: ","):
                flush()
            case UInt8(ascii: "]"):
                flush()
                var line: [UInt8] = [UInt8(ascii: "[")]
                for (k, item) in items.enumerated() {
                    if k > 0 { line += [UInt8(ascii: ","), UInt8(ascii: " ")] }
                    line += item
                }
                line.append(UInt8(ascii: "]"))
                return (line, j + 1)
            default:
                current.append(c)
            }
            j += 1
        }
        return nil
    }

    static func isSpace(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "\t")
    }
}
