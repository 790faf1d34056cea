import LinearAlgebra

/// Cuts an image into non-overlapping `patchSize × patchSize` patches, one token per patch
/// (as in ViT): the encoder's token sequence x^(1) … x^(L) for real images.
///
/// Token l = py · (width / p) + px covers rows py·p ..< (py+1)·p and columns px·p ..< (px+1)·p;
/// its vector has dimension channels · p² with element (c, dy, dx) at index (c · p + dy) · p + dx.
public struct PatchTokenizer: Sendable, Codable, Equatable {
    public var patchSize: Int

    public init(patchSize: Int) {
        precondition(patchSize >= 1, "PatchTokenizer: patchSize must be ≥ 1, got \(patchSize)")
        self.patchSize = patchSize
    }

    /// L = (height / p) · (width / p); both sides must be multiples of p.
    public func tokenCount(height: Int, width: Int) -> Int {
        precondition(height % patchSize == 0 && width % patchSize == 0,
                     "PatchTokenizer: \(height)×\(width) image is not divisible into \(patchSize)×\(patchSize) patches")
        return (height / patchSize) * (width / patchSize)
    }

    /// channels · p².
    public func tokenDimension(channels: Int) -> Int {
        channels * patchSize * patchSize
    }

    /// Writes the L × dim token matrix (row-major) of a channel-major image into
    /// `out[offset ..< offset + L·dim]`.
    public func tokens(of image: ArraySlice<Float>, height: Int, width: Int, channels: Int,
                       into out: inout [Float], at offset: Int) {
        let p = patchSize
        let perRow = width / p
        let count = tokenCount(height: height, width: width)
        let dim = tokenDimension(channels: channels)
        precondition(image.count == channels * height * width,
                     "PatchTokenizer: image has \(image.count) values, expected \(channels)×\(height)×\(width)")
        precondition(offset >= 0 && offset + count * dim <= out.count,
                     "PatchTokenizer: output needs \(count * dim) floats at \(offset), has \(out.count)")
        image.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for l in 0..<count {
                    let y0 = (l / perRow) * p, x0 = (l % perRow) * p
                    var o = offset + l * dim
                    for c in 0..<channels {
                        for dy in 0..<p {
                            let s = (c * height + y0 + dy) * width + x0
                            for dx in 0..<p { dst[o + dx] = src[s + dx] }
                            o += p
                        }
                    }
                }
            }
        }
    }

    /// The L × dim token matrix of one image, as a new array.
    public func tokens(of image: ArraySlice<Float>, height: Int, width: Int, channels: Int) -> [Float] {
        var out = [Float](repeating: 0, count: tokenCount(height: height, width: width) * tokenDimension(channels: channels))
        tokens(of: image, height: height, width: width, channels: channels, into: &out, at: 0)
        return out
    }

    /// The tokens of every image of `data` stacked into an (N·L) × dim matrix: rows
    /// i·L ..< (i+1)·L are the tokens of image i.
    public func tokenMatrix(of data: LabeledImages) -> Matrix {
        let count = tokenCount(height: data.height, width: data.width)
        let dim = tokenDimension(channels: data.channels)
        var out = [Float](repeating: 0, count: data.count * count * dim)
        for i in 0..<data.count {
            tokens(of: data.image(i), height: data.height, width: data.width, channels: data.channels,
                   into: &out, at: i * count * dim)
        }
        return Matrix(rows: data.count * count, cols: dim, data: out)
    }
}
