import ArgumentParser
import Foundation
import Learning
import LinearAlgebra

struct TrainOutput: Encodable {
    var config: EngineConfig
    var seeds: [SeedMetrics]
    var summary: [String: SeedSummary]
    var wallSeconds: Double
    /// Training steps per second of one run on one core (total steps / summed run time).
    var stepsPerSecond: Double
}
