import LinearAlgebra
import Testing
@testable import Datasets

@Suite struct AugmenterTests {
    let image: [Float] = (0..<(2 * 8 * 8)).map { Float($0 % 17) / 16 + 0.1 }   // 2×8×8, no zeros

    @Test func keepsShapeAndIsDeterministicPerSeed() {
        let aug = Augmenter(config: .standard)
        var r1 = SeededRNG(seed: 11), r2 = SeededRNG(seed: 11), r3 = SeededRNG(seed: 12)
        let a = aug.augment(image[...], height: 8, width: 8, channels: 2, rng: &r1)
        let b = aug.augment(image[...], height: 8, width: 8, channels: 2, rng: &r2)
        let c = aug.augment(image[...], height: 8, width: 8, channels: 2, rng: &r3)
        #expect(a.count == image.count)
        #expect(a == b)
        #expect(a != c)
        // Successive draws from one generator differ too.
        let a2 = aug.augment(image[...], height: 8, width: 8, channels: 2, rng: &r1)
        #expect(a2 != a)
    }

    /// The conv trainer draws every view into one reused buffer: a buffer still holding the previous
    /// view (or garbage) must give the same bits as a fresh array, and the generator must advance alike.
    @Test func drawingIntoAReusedBufferGivesTheSameViews() {
        let aug = Augmenter(config: AugmentationConfig(maxShift: 3, erasingProbability: 0.5, erasingFraction: 0.2, noiseStd: 0.1,
                                                       flipProbability: 0.5, contrast: 0.4))
        var fresh = SeededRNG(seed: 5), reused = SeededRNG(seed: 5)
        var buffer = [Float](repeating: .nan, count: image.count)
        for _ in 0..<20 {
            let expected = aug.augment(image[...], height: 8, width: 8, channels: 2, rng: &fresh)
            buffer.withUnsafeMutableBufferPointer { aug.augment(image[...], height: 8, width: 8, channels: 2, into: $0, rng: &reused) }
            #expect(buffer.map(\.bitPattern) == expected.map(\.bitPattern))
        }
        #expect(fresh.next() == reused.next())
    }

    @Test func noneIsTheIdentity() {
        var rng = SeededRNG(seed: 1)
        #expect(Augmenter(config: .none).augment(image[...], height: 8, width: 8, channels: 2, rng: &rng) == image)
    }

    @Test func shiftMovesPixelsAndPadsWithZeros() {
        let aug = Augmenter(config: AugmentationConfig(maxShift: 3, erasingProbability: 0, erasingFraction: 0, noiseStd: 0))
        for seed in 0..<20 as Range<UInt64> {
            var rng = SeededRNG(seed: seed)
            let out = aug.augment(image[...], height: 8, width: 8, channels: 2, rng: &rng)
            // Recover (dy, dx) from the same draws, then check every pixel against the definition.
            var replay = SeededRNG(seed: seed)
            let dy = replay.int(below: 7) - 3, dx = replay.int(below: 7) - 3
            for c in 0..<2 { for y in 0..<8 { for x in 0..<8 {
                let sy = y + dy, sx = x + dx
                let expected: Float = (0..<8).contains(sy) && (0..<8).contains(sx) ? image[c * 64 + sy * 8 + sx] : 0
                #expect(out[c * 64 + y * 8 + x] == expected)
            } } }
        }
    }

    @Test func erasingZeroesOneSquareInAllChannels() {
        // fraction 0.25 of 8×8 = 16 → a 4×4 square; probability 1.
        let aug = Augmenter(config: AugmentationConfig(maxShift: 0, erasingProbability: 1, erasingFraction: 0.25, noiseStd: 0))
        var rng = SeededRNG(seed: 5)
        let out = aug.augment(image[...], height: 8, width: 8, channels: 2, rng: &rng)
        #expect(out[0..<64].filter { $0 == 0 }.count == 16)
        #expect(out[64..<128].filter { $0 == 0 }.count == 16)
        #expect((0..<64).allSatisfy { (out[$0] == 0) == (out[64 + $0] == 0) })
        #expect((0..<128).allSatisfy { out[$0] == 0 || out[$0] == image[$0] })
    }

    @Test func noiseHasTheRequestedScale() {
        let big = [Float](repeating: 0.5, count: 4 * 50 * 50)
        let aug = Augmenter(config: AugmentationConfig(maxShift: 0, erasingProbability: 0, erasingFraction: 0, noiseStd: 0.2))
        var rng = SeededRNG(seed: 9)
        let out = aug.augment(big[...], height: 50, width: 50, channels: 4, rng: &rng)
        let d = out.map { Double($0) - 0.5 }
        let mean = d.reduce(0, +) / Double(d.count)
        let sd = (d.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(d.count)).squareRoot()
        #expect(abs(mean) < 0.01 && abs(sd - 0.2) < 0.01)
    }

    @Test func validationNamesTheField() throws {
        try AugmentationConfig.standard.validate()
        try AugmentationConfig.none.validate()
        var c = AugmentationConfig.standard
        c.maxShift = -1
        #expect(throws: DatasetError("augmentation maxShift is -1; it must be an integer in 0...16 (pixels).")) { try c.validate() }
        c = .standard; c.erasingProbability = 1.5
        #expect(throws: DatasetError("augmentation erasingProbability is 1.5; it must be in 0...1.")) { try c.validate() }
        c = .standard; c.erasingFraction = .nan
        #expect(throws: DatasetError("augmentation erasingFraction is nan; it must be in 0...1 (fraction of the image area).")) { try c.validate() }
        c = .standard; c.noiseStd = -0.1
        #expect(throws: DatasetError("augmentation noiseStd is -0.1; it must be in 0...10 (pixel units).")) { try c.validate() }
    }
}

@Suite struct PixelStandardizerTests {
    @Test func standardisesPerPixelWithFlooredStd() {
        // Three 1×1×2 images: pixel 0 varies (0, 0.5, 1), pixel 1 is constant 0.3.
        let data = LabeledImages(height: 1, width: 2, channels: 1, pixels: [0, 0.3, 0.5, 0.3, 1, 0.3], labels: [0, 1, 0], classCount: 2)
        let s = PixelStandardizer.fit(data)
        #expect(abs(s.mean[0] - 0.5) < 1e-6 && abs(s.mean[1] - 0.3) < 1e-6)
        #expect(abs(s.std[0] - Float((1.0 / 6).squareRoot())) < 1e-6)
        #expect(s.std[1] == PixelStandardizer.defaultMinStd)
        let out = s.apply(data)
        #expect(out.labels == data.labels && out.count == 3)
        let sd0 = Float((1.0 / 6).squareRoot())
        #expect(zip(out.pixels, [-0.5 / sd0, 0, 0, 0, 0.5 / sd0, 0] as [Float]).allSatisfy { abs($0 - $1) < 1e-5 })
    }
}

extension AugmenterTests {
    @Test func datasetAugmentationMatchesPerImageDraws() {
        let data = LabeledImages(height: 8, width: 8, channels: 2, pixels: image + image.reversed(), labels: [1, 0], classCount: 2)
        let aug = Augmenter(config: .standard)
        var r1 = SeededRNG(seed: 21), r2 = SeededRNG(seed: 21)
        let all = aug.augment(data, rng: &r1)
        let first = aug.augment(data.image(0), height: 8, width: 8, channels: 2, rng: &r2)
        let second = aug.augment(data.image(1), height: 8, width: 8, channels: 2, rng: &r2)
        #expect(all.pixels == first + second && all.labels == [1, 0])
    }
}
