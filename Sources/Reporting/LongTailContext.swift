/// The `{{#longTail}}` section of the page (`templates/figures/longtail.md`, ``Figure7``): dataset,
/// pruning setting, tables (block tokens), the protocol and the checks that gate the reading. Absent
/// when the results carry no long-tail table; an optional field is nil when the table predates it.
struct LongTailContext: SectionContext {
    static let key = "longTail"

    /// The encoder-beats-raw-pixels gate, in percentage points.
    struct EncoderGate: Encodable {
        let difference: String
        let ciLow: String
        let ciHigh: String
        let pairs: Int
        let margin: String
        let holds: Bool
    }

    /// The premise (the tail is harder at high ρ), in percent.
    struct Premise: Encodable {
        let holds: Bool
        let fails: Bool
        let rhoLow: String
        let rhoHigh: String
        let tailLow: String
        let tailHigh: String
        let change: String
        let se: String
        let pairs: Int
        let spearman: String
        let hasSpearman: Bool
    }

    /// The scale baselines' accuracy (mean ± sd).
    struct Baselines: Encodable {
        let rawPixels: String
        let untrained: String
    }

    let dataset: String
    let pruning: String
    let table: String
    let paperTable: String
    /// The protocol the runs used and whether it is the conv encoder's; nil in a table without it.
    var `protocol`: LongTailProtocolContext?
    var convEncoder: Bool?
    /// Both set, or neither (a table without the raw-pixel baseline).
    var encoderBeatsRawPixels: Bool?
    var encoderBelowRawPixels: Bool?
    var encoderGate: EncoderGate?
    var premise: Premise?
    var baselines: Baselines?
}
