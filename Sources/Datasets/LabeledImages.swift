/// `count` labelled images of identical shape, stored contiguously.
///
/// Each image is `channels × height × width` floats in channel-major order (c, y, x), i.e.
/// pixel (c, y, x) of image i is at `pixels[i * pixelsPerImage + (c * height + y) * width + x]`.
/// Readers scale raw bytes to [0, 1]; transforms (standardisation, augmentation) may leave that range.
public struct LabeledImages: Sendable, Equatable {
    public var height: Int
    public var width: Int
    public var channels: Int
    /// `count * pixelsPerImage` values.
    public var pixels: [Float]
    /// One label in `0..<classCount` per image.
    public var labels: [Int]
    public var classCount: Int

    /// Images of the given shape; `pixels.count` must be `labels.count * channels * height * width`.
    public init(height: Int, width: Int, channels: Int, pixels: [Float], labels: [Int], classCount: Int) {
        precondition(height > 0 && width > 0 && channels > 0, "LabeledImages: bad shape \(channels)×\(height)×\(width)")
        precondition(pixels.count == labels.count * channels * height * width,
                     "LabeledImages: \(pixels.count) pixels for \(labels.count) images of \(channels)×\(height)×\(width)")
        self.height = height
        self.width = width
        self.channels = channels
        self.pixels = pixels
        self.labels = labels
        self.classCount = classCount
    }

    /// Number of images.
    public var count: Int { labels.count }

    /// `channels * height * width`.
    public var pixelsPerImage: Int { channels * height * width }

    /// The pixels of image `i` (channel-major), as a slice of `pixels`.
    public func image(_ i: Int) -> ArraySlice<Float> {
        precondition(i >= 0 && i < count, "LabeledImages.image: index \(i) out of 0..<\(count)")
        let n = pixelsPerImage
        return pixels[(i * n)..<((i + 1) * n)]
    }

    /// The images at `indices`, in that order (indices may repeat).
    public func subset(_ indices: [Int]) -> LabeledImages {
        let n = pixelsPerImage
        var out = [Float]()
        out.reserveCapacity(indices.count * n)
        var outLabels = [Int]()
        outLabels.reserveCapacity(indices.count)
        for i in indices {
            precondition(i >= 0 && i < count, "LabeledImages.subset: index \(i) out of 0..<\(count)")
            out.append(contentsOf: pixels[(i * n)..<((i + 1) * n)])
            outLabels.append(labels[i])
        }
        return LabeledImages(height: height, width: width, channels: channels,
                             pixels: out, labels: outLabels, classCount: classCount)
    }

    /// Number of images of each class, indexed by class.
    public var classHistogram: [Int] {
        var h = [Int](repeating: 0, count: classCount)
        for y in labels where y >= 0 && y < classCount { h[y] += 1 }
        return h
    }
}
