import Foundation
import LinearAlgebra

public struct PeakSGEMM: Codable, Sendable {
    public var size: Int
    public var trials: Int
    public var seconds: Double
    /// Best wall-clock rate.
    public var gflops: Double
    /// Best rate by thread CPU time.
    public var cpuGflops: Double
}
