/// The long-tail protocol as the `longtail-protocol` partial reads it (`{{#longTail}}{{#protocol}}`,
/// built by ``LongTailProtocol``): the synthetic encoder's protocol and the fields both encoders
/// share (`nMax`, the probe, the test images), and the conv encoder's (`conv`) when it ran.
struct LongTailProtocolContext: Encodable {
    /// The conv encoder: architecture, views, optimiser, epochs and the with-pruning arm's reading.
    struct Conv: Encodable {
        let architecture: String
        let head: String
        let probeFeatures: String
        let augmentations: String
        let epochs: Int
        let batch: Int
        let temperature: String
        let optimiser: String
        let pruning: String
    }

    let tokens: String
    let whitening: String
    let augmentations: String
    let pairs: Int
    let nMax: Int
    let neurons: Int
    let steps: Int
    let batch: Int
    let learningRate: String
    let temperature: String
    let kappa: String
    let pruning: String
    let probePerClass: Int
    let probeOptimiser: String
    let testImages: String
    /// The conv encoder's protocol (the report's since issue 26); nil for the synthetic encoder.
    var conv: Conv?
}
