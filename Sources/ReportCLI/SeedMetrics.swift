import ArgumentParser
import Foundation
import Learning
import LinearAlgebra

struct SeedMetrics: Encodable {
    var seed: UInt64
    var diverged: Bool
    var metrics: RunMetrics
    var majorityStage3Step: Int?
    var minorityStage3Step: Int?
}
