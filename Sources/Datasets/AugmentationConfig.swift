/// Settings of the random augmentations that make the two views of a positive pair
/// (see `Augmenter`). Intensities are in the units of the pixels the augmenter receives.
public struct AugmentationConfig: Sendable, Codable, Equatable {
    /// Largest translation in pixels, per axis (0 … 16); the shift is uniform in −s … s.
    public var maxShift: Int
    /// Probability (0 … 1) of erasing one square.
    public var erasingProbability: Double
    /// Area of the erased square as a fraction (0 … 1) of the image area.
    public var erasingFraction: Double
    /// Standard deviation (0 … 10) of the additive Gaussian pixel noise.
    public var noiseStd: Double
    /// Probability (0 … 1) of a horizontal (left–right) flip.
    public var flipProbability: Double
    /// Contrast jitter c (0 … 1): every value is multiplied by one factor uniform in [1 − c, 1 + c].
    public var contrast: Double

    public init(maxShift: Int, erasingProbability: Double, erasingFraction: Double, noiseStd: Double,
                flipProbability: Double = 0, contrast: Double = 0) {
        self.maxShift = maxShift
        self.erasingProbability = erasingProbability
        self.erasingFraction = erasingFraction
        self.noiseStd = noiseStd
        self.flipProbability = flipProbability
        self.contrast = contrast
    }

    /// Shift up to 2 px, erasing with probability 0.5 a square covering 1/8 of the image
    /// (10×10 of 28×28), Gaussian noise σ = 0.1.
    public static let standard = AugmentationConfig(maxShift: 2, erasingProbability: 0.5, erasingFraction: 0.125, noiseStd: 0.1)

    /// SimCLR-style views for 28×28 grey images: shift up to 4 px (a crop of the zero-padded
    /// image), horizontal flip with probability 0.5, contrast jitter ±40%, erasing with probability
    /// 0.5 of 1/8 of the image, Gaussian noise σ = 0.2.
    public static let simclr = AugmentationConfig(maxShift: 4, erasingProbability: 0.5, erasingFraction: 0.125, noiseStd: 0.2,
                                                  flipProbability: 0.5, contrast: 0.4)

    /// No augmentation at all (the identity).
    public static let none = AugmentationConfig(maxShift: 0, erasingProbability: 0, erasingFraction: 0, noiseStd: 0)

    /// Throws a `DatasetError` naming the first field outside its allowed range.
    public func validate() throws {
        if maxShift < 0 || maxShift > 16 {
            throw DatasetError("augmentation maxShift is \(maxShift); it must be an integer in 0...16 (pixels).")
        }
        if !(erasingProbability >= 0 && erasingProbability <= 1) {
            throw DatasetError("augmentation erasingProbability is \(erasingProbability); it must be in 0...1.")
        }
        if !(erasingFraction >= 0 && erasingFraction <= 1) {
            throw DatasetError("augmentation erasingFraction is \(erasingFraction); it must be in 0...1 (fraction of the image area).")
        }
        if !(noiseStd >= 0 && noiseStd <= 10) {
            throw DatasetError("augmentation noiseStd is \(noiseStd); it must be in 0...10 (pixel units).")
        }
        if !(flipProbability >= 0 && flipProbability <= 1) {
            throw DatasetError("augmentation flipProbability is \(flipProbability); it must be in 0...1.")
        }
        if !(contrast >= 0 && contrast <= 1) {
            throw DatasetError("augmentation contrast is \(contrast); it must be in 0...1 (relative jitter).")
        }
    }
}
