/// The rate of `GaussianSource.fillNormals` (best of the trials), as `clreport bench` reports it.
public struct NormalsBenchmark: Codable, Sendable {
    public var bufferFloats: Int
    public var perSecond: Double
    public var perSecondCPU: Double
}
