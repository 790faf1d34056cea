import ConvNet
import Datasets
import Foundation
import Learning
import LinearAlgebra
import Testing

/// A tiny end-to-end run: a few hundred SimCLR / SDCLR steps on a few hundred generated images
/// of four shape classes; the loss falls and the linear probe on the backbone beats chance.
@Suite struct ConvTrainingEndToEndTests {
    /// `perClass` 12×12 images of each of 4 classes (horizontal bar, vertical bar, diagonal,
    /// hollow square) at a random offset, plus Gaussian noise σ = 0.2, pixels in about [0, 1].
    static func shapes(perClass: Int, seed: UInt64) -> LabeledImages {
        var rng = SeededRNG(seed: seed)
        let s = 12
        var pixels: [Float] = [], labels: [Int] = []
        for i in 0..<(4 * perClass) {
            let c = i % 4
            var img = [Float](repeating: 0, count: s * s)
            let oy = rng.int(below: 5), ox = rng.int(below: 5)
            for k in 0..<7 {
                switch c {
                case 0: img[(oy + 3) * s + ox + k] = 1
                case 1: img[(oy + k) * s + ox + 3] = 1
                case 2: img[(oy + k) * s + ox + k] = 1
                default:
                    img[oy * s + ox + k] = 1; img[(oy + 6) * s + ox + k] = 1
                    img[(oy + k) * s + ox] = 1; img[(oy + k) * s + ox + 6] = 1
                }
            }
            for p in img.indices { img[p] += Float(0.2 * rng.normal()) }
            pixels += img
            labels.append(c)
        }
        return LabeledImages(height: s, width: s, channels: 1, pixels: pixels, labels: labels, classCount: 4)
    }

    static func config(pruneRatio: Double?) -> ConvTrainingConfig {
        ConvTrainingConfig(encoder: ConvEncoderConfig(channels: [4, 8], kernel: 3, batchNorm: true, pool: .max,
                                                      headHidden: 16, projection: 8, probeGrid: 1),
                           epochs: 25, batchSize: 32, temperature: 0.5,
                           optimizer: OptimizerConfig(kind: .adam, learningRate: 3e-3, weightDecay: 1e-4),
                           augmentation: AugmentationConfig(maxShift: 1, erasingProbability: 0, erasingFraction: 0, noiseStd: 0.1),
                           pruneRatio: pruneRatio)
    }

    @Test(arguments: [nil, 0.5] as [Double?])
    func trainingLowersTheLossAndTheProbeBeatsChance(pruneRatio: Double?) {
        BLAS.setThreads(1)   // tiny GEMMs: one thread (as every run in clreport)
        let train = Self.shapes(perClass: 100, seed: 1), test = Self.shapes(perClass: 50, seed: 2)
        let run = {
            ConvLongTailRun.run(train: train, test: test, rho: 1, nMax: 100, probeIndices: Array(0..<train.count),
                                probe: .standard, config: Self.config(pruneRatio: pruneRatio), seed: 7)
        }
        let r = run()
        #expect(r.epochLosses.count == 25)   // 12 steps per epoch: 300 steps
        let first = r.epochLosses.first!, last = r.epochLosses.last!
        #expect(last < first - 0.2, "epoch losses \(r.epochLosses)")
        #expect(r.accuracy > 0.5, "probe accuracy \(r.accuracy) (chance 0.25)")
        #expect(r == run())   // deterministic for a seed
    }
}
