import Foundation
@testable import RunCache
import Testing

@Suite struct FlatArrayJSONTests {
    struct Sample: Codable, Equatable {
        var name: String
        var values: [Double]
        var keys: [String]
        var nested: [[Int]]
        var rows: [Row]
        struct Row: Codable, Equatable { var x: Double; var tags: [String] }
    }

    let sample = Sample(name: "a [tricky], \"quoted\" name", values: [1, 0.5, .nan, -2.25], keys: ["k1", "with, comma", "br]acket"],
                        nested: [[1, 2], [], [3]], rows: [.init(x: 1, tags: ["p", "q"]), .init(x: 2, tags: [])])

    @Test func scalarArraysGoOnOneLineAndTheValueIsUnchanged() throws {
        let pretty = CanonicalJSON.encode(sample)
        let flat = FlatArrayJSON.format(pretty)
        let text = String(decoding: flat, as: UTF8.self)
        #expect(text.contains("\"values\" : [1, 0.5, \"nan\", -2.25]"))
        #expect(text.contains("\"keys\" : [\"k1\", \"with, comma\", \"br]acket\"]"))
        #expect(text.contains("\"tags\" : [\"p\", \"q\"]"))
        // Arrays of arrays or objects keep one entry per line; their inner scalar arrays are flat.
        #expect(text.contains("\"nested\" : [\n    [1, 2],\n    [],\n    [3]\n  ]"))
        #expect(flat.count < pretty.count)
        let back = try CanonicalJSON.decoder.decode(Sample.self, from: flat)
        #expect(back.name == sample.name && back.keys == sample.keys && back.rows == sample.rows && back.nested == sample.nested)
        #expect(back.values.count == 4 && back.values[2].isNaN && back.values[3] == -2.25)
    }

    @Test func formattingIsIdempotentAndLeavesObjectsAlone() {
        let flat = FlatArrayJSON.format(CanonicalJSON.encode(sample))
        #expect(FlatArrayJSON.format(flat) == flat)
        let objectOnly = Data("{\n  \"a\" : {\n    \"b\" : 1\n  }\n}".utf8)
        #expect(FlatArrayJSON.format(objectOnly) == objectOnly)
    }
}
