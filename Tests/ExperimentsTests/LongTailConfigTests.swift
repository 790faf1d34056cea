import ConvNet
import Datasets
import Foundation
import Learning
@testable import LongTail
import Testing
@testable import Experiments

@Suite struct LongTailConfigTests {
    @Test(arguments: ReportProfile.allCases)
    func profilesAreValid(_ p: ReportProfile) throws {
        for rho in [1.0, 10, 50, 100] {
            for ratio in [0.0, LongTailConfig.withPruningRatio] {
                let c = LongTailConfig.profile(p, rho: rho, pruneRatio: ratio)
                try c.validate()
                // The report's encoder: the conv encoder c8, SDCLR's self-competitor in the pruned arm.
                let conv = try #require(c.conv)
                #expect(conv.encoder == ConvTrainingConfig.standard.encoder && conv.epochs == (p == .quick ? 1 : 3))
                #expect(conv.pruneRatio == (ratio > 0 ? ratio : nil) && conv.pruningReading == .selfCompetitor)
                // The synthetic encoder's settings stay valid for `clreport longtail --encoder transformer`.
                try c.withSyntheticEncoder.validate()
                #expect(c.withSyntheticEncoder.conv == nil)
                #expect(c.positionSlots && c.engine.ambientDim == 784 && c.engine.tokens == 4)
                #expect(c.engine.pruneRatio == ratio && c.engine.pruneGranularity == .weight && c.engine.pruneBranch == .both)
                for ds in [DatasetName.cifar10, .cifar100] {
                    try c.forDataset(ds).validate()
                    #expect(c.forDataset(ds).conv == c.conv)
                }
            }
        }
    }

    @Test func cifarShapes() {
        let c = LongTailConfig.profile(.paper, rho: 10, pruneRatio: 0).forDataset(.cifar100)
        #expect(!c.positionSlots && c.engine.learningRate == 0.01, "CIFAR keeps shared tokens")
        #expect(c.patchSize == 8 && c.engine.ambientDim == 192 && c.engine.tokens == 16)
        #expect(c.nMax == 500 && c.probePerClass == 500)
        let f = LongTailConfig.profile(.default, rho: 1, pruneRatio: 0)
        #expect(f.patchSize == 14 && f.engine.ambientDim == 784 && f.engine.tokens == 4)
    }

    func error(_ c: LongTailConfig) -> ConfigError? {
        do { try c.validate(); return nil } catch let e as ConfigError { return e } catch { return nil }
    }

    @Test func validationNamesTheField() {
        var c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.rho = 0.5
        #expect(error(c) == ConfigError.outOfRange("rho", 0.5, allowed: "[1, 10000]"))
        #expect(error(c)?.description == "invalid configuration: rho = 0.5 is out of range; allowed: [1, 10000]")

        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.dataset = DatasetName("mnist")
        #expect(error(c)?.field == "dataset")
        #expect(error(c)?.description.contains("\"fashion-mnist\", \"cifar10\", \"cifar100\"") == true)

        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.patchSize = 5
        #expect(error(c)?.field == "patchSize")
        #expect(error(c)?.description.contains("1, 2, 4, 7, 14, 28") == true)

        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.patchSize = 4
        #expect(error(c)?.field == "engine.tokens", "with position slots d1 = 784 for any patch size; L = 49 ≠ 4")
        c.positionSlots = false
        #expect(error(c)?.field == "engine.ambientDim")
        #expect(error(c)?.description == "invalid configuration: engine.ambientDim = 784 is out of range; allowed: 16 (= channels·patchSize² for fashion-mnist with patchSize 4)")

        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.engine.learningRate = -1
        #expect(error(c)?.field == "engine.learningRate")
        #expect(error(c)?.description.hasPrefix("invalid configuration: engine.learningRate = -1.0 is out of range") == true)

        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.pairsPerImage = 0
        #expect(error(c)?.field == "pairsPerImage")

        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.nMax = 7000
        #expect(error(c)?.description == "invalid configuration: nMax = 7000 is out of range; allowed: 1…6000 (integer, images per class of fashion-mnist)")

        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.augmentation.maxShift = 20
        #expect(error(c)?.field == "augmentation")
        #expect(error(c)?.description.contains("maxShift") == true)

        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0).withSyntheticEncoder
        c.testLimit = 0
        #expect(error(c)?.field == "testLimit")
    }

    @Test func convFieldsAreValidated() {
        var c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0)
        c.conv?.epochs = -1
        #expect(error(c)?.field == "conv")
        #expect(error(c)?.description.contains("epochs -1") == true)
        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0)
        c.conv?.pruneRatio = 1
        #expect(error(c)?.field == "conv")
        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0)
        c.probePerClass = 0
        #expect(error(c)?.field == "probePerClass")
        // The synthetic engine is not checked when the conv encoder runs (its batch exceeds this set).
        c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0)
        c.nMax = 5
        #expect(error(c) == nil)
        #expect(error(c.withSyntheticEncoder)?.field == "engine.batchSize")
    }

    @Test func profileGridsAndSeeds() {
        #expect(ReportProfile.quick.longTailRhos == [1, 10] && ReportProfile.quick.longTailSeeds == 2)
        #expect(ReportProfile.default.longTailRhos == [1, 10, 100] && ReportProfile.default.longTailSeeds == 3)
        #expect(ReportProfile.paper.longTailRhos == Figure7.rhos && ReportProfile.paper.longTailSeeds == 10)
    }

    @Test func codableRoundTrip() throws {
        let c = LongTailConfig.profile(.default, rho: 50, pruneRatio: 0.9)
        let data = try JSONEncoder().encode(c)
        #expect(try JSONDecoder().decode(LongTailConfig.self, from: data) == c)
        // Without `conv` the key is absent, so the synthetic encoder's cache keys are unchanged.
        let synthetic = try JSONEncoder().encode(c.withSyntheticEncoder)
        #expect(!String(decoding: synthetic, as: UTF8.self).contains("\"conv\""))
        #expect(try JSONDecoder().decode(LongTailConfig.self, from: synthetic) == c.withSyntheticEncoder)
    }
}
