/// The shape of the convolutional encoder: blocks of [conv k×k → (batch norm) → ReLU → 2×2 pool],
/// the last block's pool replaced by a global average pool (the backbone features the probe
/// reads), then the projection head used only by the contrastive loss:
/// Linear(C_last → hidden) → ReLU → Linear(hidden → projection), or a single
/// Linear(C_last → projection) when hidden = 0.
public struct ConvEncoderConfig: Sendable, Codable, Equatable {
    /// Output channels of each conv block, e.g. [16, 32, 64].
    public var channels: [Int]
    /// Odd kernel size k of every conv.
    public var kernel: Int
    /// Batch normalisation after every conv (statistics per branch).
    public var batchNorm: Bool
    /// Pooling between blocks (max or average); the last block always ends in a global average pool.
    public var pool: Pool2D.Kind
    /// Hidden width of the projection head (0 = linear head).
    public var headHidden: Int
    /// Output width of the projection head (the NT-Xent dimension).
    public var projection: Int
    /// The probe reads the last block's map average-pooled to probeGrid × probeGrid cells
    /// (`GridPool`; 1 = the global average pool the head reads).
    public var probeGrid: Int

    public init(channels: [Int], kernel: Int = 3, batchNorm: Bool = true, pool: Pool2D.Kind = .max,
                headHidden: Int = 64, projection: Int = 32, probeGrid: Int = 1) {
        self.channels = channels
        self.kernel = kernel
        self.batchNorm = batchNorm
        self.pool = pool
        self.headHidden = headHidden
        self.projection = projection
        self.probeGrid = probeGrid
    }

    /// Width of the globally pooled backbone features (the head's input): the last block's channels.
    public var featureDimension: Int { channels.last ?? 0 }

    /// Width of the probe's features: C_last · probeGrid².
    public var probeDimension: Int { featureDimension * probeGrid * probeGrid }

    /// Spatial size after each block's pool for an input of h×w (the last block: before its
    /// global pool). Pools are skipped once a side is odd.
    public func blockSizes(height: Int, width: Int) -> [(inH: Int, inW: Int, pooled: Bool)] {
        var h = height, w = width
        var out: [(Int, Int, Bool)] = []
        for b in channels.indices {
            let pooled = b < channels.count - 1 && h % 2 == 0 && w % 2 == 0
            out.append((h, w, pooled))
            if pooled { h /= 2; w /= 2 }
        }
        return out
    }
}
