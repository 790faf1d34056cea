import Foundation
import Testing
@testable import SVGCharts

@Suite struct TickGeneratorTests {
    /// Whether `step` is 1, 2 or 5 × 10^k (up to rounding).
    func isNiceStep(_ step: Double) -> Bool {
        let k = floor(log10(step))
        let m = step / pow(10, k)
        return [1.0, 2.0, 5.0, 10.0].contains { abs(m - $0) < 1e-6 }
    }

    @Test func randomLinearRangesGiveNiceTicksInside() {
        var rng = TestRNG(seed: 42)
        for _ in 0..<2000 {
            let span = pow(10, rng.uniform(-6, 7))
            let lo = span * rng.uniform(-50, 50)
            let hi = lo + span * rng.uniform(0.05, 1)
            let ticks = TickGenerator.linear(min: lo, max: hi)
            #expect((3...10).contains(ticks.count), "\(lo)…\(hi): \(ticks.count) ticks")
            #expect(ticks.allSatisfy { $0.value >= lo && $0.value <= hi }, "\(lo)…\(hi)")
            let steps = zip(ticks.dropFirst(), ticks).map { $0.value - $1.value }
            guard let step = steps.first else { continue }
            #expect(isNiceStep(step), "\(lo)…\(hi): step \(step)")
            #expect(steps.allSatisfy { abs($0 - step) <= step * 1e-6 }, "uneven steps for \(lo)…\(hi)")
            let decimals = Set(ticks.map { $0.label.split(separator: ".").dropFirst().first?.count ?? 0 })
            #expect(decimals.count == 1, "mixed precision \(ticks.map(\.label))")
            #expect(ticks.allSatisfy { !$0.label.contains("0000001") && !$0.label.contains("999999") })
        }
    }

    @Test func randomNiceDomainsContainDataAndEndOnTicks() {
        var rng = TestRNG(seed: 7)
        for _ in 0..<1000 {
            let span = pow(10, rng.uniform(-4, 5))
            let lo = span * rng.uniform(-20, 20)
            let hi = lo + span * rng.uniform(0.01, 1)
            let (a, b) = TickGenerator.niceDomain(min: lo, max: hi)
            #expect(a <= lo && b >= hi)
            let ticks = TickGenerator.linear(min: a, max: b)
            #expect((3...10).contains(ticks.count))
            #expect(ticks.first?.value == a && ticks.last?.value == b, "\(a)…\(b): \(ticks.map(\.label))")
        }
    }

    @Test func tickValuesHaveNoFloatingPointArtefacts() {
        let ticks = TickGenerator.linear(min: 0, max: 0.9)
        // Both ends lie on multiples of 0.1, so that step wins (ticks on the axis ends).
        #expect(ticks.map(\.label) == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"])
        #expect(ticks.map(\.value) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
        let odd = TickGenerator.linear(min: 0.03, max: 0.91)
        #expect(odd.map(\.label) == ["0.2", "0.4", "0.6", "0.8"] || odd.map(\.label) == ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"])
        let fine = TickGenerator.linear(min: 0.1, max: 0.7)
        #expect(fine.map(\.label) == ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
        #expect(fine[2].value == 0.3)
    }

    @Test func degenerateRangesDoNotCrash() {
        #expect(TickGenerator.linear(min: 5, max: 5).count == 1)
        #expect(TickGenerator.niceDomain(min: 5, max: 5).0 < 5)
        #expect(TickGenerator.niceDomain(min: 0, max: 0) == (-1, 1))
        #expect(TickGenerator.linear(min: .nan, max: 1).count <= 2)
        #expect(TickGenerator.log10(min: 0, max: 10).isEmpty)
    }

    @Test func logAxisOverFourDecadesHasATickAtEachDecade() {
        let ticks = TickGenerator.log10(min: 1, max: 10_000)
        let labelled = ticks.filter { $0.isMajor }
        #expect(labelled.map(\.value) == [1, 10, 100, 1000, 10_000])
        #expect(labelled.map(\.label) == ["1", "10", "100", "1000", "10000"])
        #expect(ticks.contains { !$0.isMajor && $0.value == 20 })
    }

    @Test func logAxisOverSmallDecimalsUsesExactDecades() {
        let labelled = TickGenerator.log10(min: 0.0001, max: 1).filter(\.isMajor)
        #expect(labelled.map(\.label) == ["0.0001", "0.001", "0.01", "0.1", "1"])
        #expect(labelled.map(\.value) == [0.0001, 0.001, 0.01, 0.1, 1])
    }

    @Test func logAxisOverFewDecadesLabelsTwoAndFive() {
        let labelled = TickGenerator.log10(min: 1, max: 100).filter(\.isMajor)
        #expect(labelled.map(\.label) == ["1", "2", "5", "10", "20", "50", "100"])
    }

    @Test func logAxisOverManyDecadesThinsLabels() {
        let labelled = TickGenerator.log10(min: 1e-12, max: 1e12).filter(\.isMajor)
        #expect((3...10).contains(labelled.count))
        #expect(labelled.first?.label == "10⁻¹²")
    }

    @Test func logDomainWidensToDecades() {
        #expect(TickGenerator.logDomain(min: 0.003, max: 45) == (0.001, 100))
        #expect(TickGenerator.logDomain(min: 10, max: 10) == (1, 100))
    }
}
