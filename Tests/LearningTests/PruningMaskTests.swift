import Testing
@testable import Learning
import LinearAlgebra

@Suite struct PruningMaskTests {
    @Test func weightMaskPrunesExactRatioOfSmallestMagnitudes() {
        var rng = SeededRNG(seed: 1)
        let w = Matrix(rows: 7, cols: 13, data: (0..<91).map { _ in Float(rng.normal()) })
        for ratio in [0.1, 0.3, 0.5, 0.9] {
            var mask = PruningMask(granularity: .weight, ratio: ratio, neurons: 7, ambientDim: 13)
            mask.refresh(from: w)
            let expected = Int((ratio * 91).rounded(.down))
            #expect(mask.mask.data.filter { $0 == 0 }.count == expected)
            let kept = (0..<91).filter { mask.mask.data[$0] == 1 }.map { abs(w.data[$0]) }
            let pruned = (0..<91).filter { mask.mask.data[$0] == 0 }.map { abs(w.data[$0]) }
            #expect(pruned.max()! <= kept.min()!)
        }
    }

    @Test func tiesArePrunedLowestIndexFirst() {
        let w = Matrix(rows: 2, cols: 3, data: [1, 1, 1, 1, 2, 2])
        var mask = PruningMask(granularity: .weight, ratio: 0.5, neurons: 2, ambientDim: 3)
        mask.refresh(from: w)
        #expect(mask.mask.data == [0, 0, 0, 1, 1, 1])
        var two = PruningMask(granularity: .weight, ratio: 0.34, neurons: 2, ambientDim: 3)
        two.refresh(from: w)
        #expect(two.mask.data == [0, 0, 1, 1, 1, 1])
    }

    @Test func neuronMaskPrunesRowsWithSmallestNorms() {
        let w = Matrix(rows: 4, cols: 2, data: [3, 0, 0, 1, 2, 2, 0.5, 0.5])
        var mask = PruningMask(granularity: .neuron, ratio: 0.5, neurons: 4, ambientDim: 2)
        mask.refresh(from: w)
        #expect(mask.mask.data == [1, 1, 0, 0, 1, 1, 0, 0])
        var out = Matrix(rows: 4, cols: 2)
        mask.apply(w, into: &out)
        #expect(out.data == [3, 0, 0, 0, 2, 2, 0, 0])
    }

    @Test func quickselectAgreesWithSort() {
        var rng = SeededRNG(seed: 4)
        for n in [1, 2, 5, 50, 333] {
            let values = (0..<n).map { _ in Float(rng.int(below: 20)) }
            for k in [0, n / 2, n - 1] {
                var a = values
                #expect(PruningMask.select(k, in: &a, count: n) == values.sorted()[k])
            }
        }
    }
}
