import Testing
@testable import Datasets

@Suite struct LongTailTests {
    @Test func classCountsMatchHandComputedValues() {
        // ⌊6000·ρ^(−c/9)⌋, computed by hand (Python floats) for c = 0 … 9.
        #expect(LongTail.classCounts(nMax: 6000, rho: 10, classCount: 10)
                == [6000, 4645, 3596, 2784, 2156, 1669, 1292, 1000, 774, 600])
        #expect(LongTail.classCounts(nMax: 6000, rho: 100, classCount: 10)
                == [6000, 3596, 2156, 1292, 774, 464, 278, 166, 100, 60])
        #expect(LongTail.classCounts(nMax: 6000, rho: 1, classCount: 10) == [Int](repeating: 6000, count: 10))
        #expect(LongTail.classCounts(nMax: 5, rho: 100, classCount: 3) == [5, 1, 1])
        #expect(LongTail.classCounts(nMax: 7, rho: 10, classCount: 1) == [7])
    }

    /// A balanced fake dataset: `perClass` 1×2×2 images of each of `classes` classes, interleaved.
    func balanced(perClass: Int, classes: Int) -> LabeledImages {
        let n = perClass * classes
        let labels = (0..<n).map { $0 % classes }
        let pixels = (0..<(n * 4)).map { Float($0 / 4) }          // every pixel holds its image index
        return LabeledImages(height: 2, width: 2, channels: 1, pixels: pixels, labels: labels, classCount: classes)
    }

    @Test(arguments: [10.0, 100.0]) func subsampleKeepsExactCounts(rho: Double) {
        let data = balanced(perClass: 6000, classes: 10)
        let expected = LongTail.classCounts(nMax: 6000, rho: rho, classCount: 10)
        let (lt, counts) = LongTail.subsample(data, rho: rho, seed: 0)
        #expect(counts == expected)                               // seed 0: identity class order
        #expect(lt.classHistogram == expected)
        #expect(lt.count == expected.reduce(0, +))
        // Kept images are distinct, in original order, and keep their labels.
        let ids = (0..<lt.count).map { Int(lt.image($0).first!) }
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        #expect(zip(ids, lt.labels).allSatisfy { data.labels[$0] == $1 })
    }

    @Test func seededClassOrderIsAPermutationOfTheTargets() {
        let data = balanced(perClass: 200, classes: 10)
        let (_, counts) = LongTail.subsample(data, rho: 10, seed: 7)
        let expected = LongTail.classCounts(nMax: 200, rho: 10, classCount: 10)
        #expect(counts.sorted() == expected.sorted())
        #expect(counts != expected)                                 // seed 7 shuffles the order
        let rank = LongTail.classRanks(classCount: 10, seed: 7)
        #expect((0..<10).allSatisfy { counts[$0] == expected[rank[$0]] })
        #expect(LongTail.classRanks(classCount: 10, seed: 0) == Array(0..<10))
    }

    @Test func subsampleIsDeterministicPerSeed() {
        let data = balanced(perClass: 100, classes: 5)
        let a = LongTail.subsample(data, rho: 10, seed: 3)
        let b = LongTail.subsample(data, rho: 10, seed: 3)
        let c = LongTail.subsample(data, rho: 10, seed: 4)
        #expect(a.data == b.data && a.countsPerClass == b.countsPerClass)
        #expect(a.data != c.data)
        // Same class order (seed 0) but different seeds' image choices also differ.
        #expect(LongTail.subsample(data, rho: 10, seed: 0).data == LongTail.subsample(data, rho: 10, seed: 0).data)
    }

    @Test func defaultNMaxIsTheSmallestClassAndShortClassesKeepAll() {
        var data = balanced(perClass: 50, classes: 4)
        data = data.subset(Array(0..<196))                          // class 0…3 now have 49, 49, 49, 49
        let (_, counts) = LongTail.subsample(data, rho: 4, seed: 0)
        #expect(counts == LongTail.classCounts(nMax: 49, rho: 4, classCount: 4))
        let (_, capped) = LongTail.subsample(data, rho: 1, nMax: 1000, seed: 0)
        #expect(capped == [49, 49, 49, 49])
    }
}
